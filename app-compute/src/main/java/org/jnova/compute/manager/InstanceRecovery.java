package org.jnova.compute.manager;

import java.util.EnumSet;
import java.util.Set;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.ops.DeleteOperations;
import org.jnova.compute.ops.GuestPower;
import org.jnova.compute.ops.NovaErrors;
import org.jnova.compute.ops.PowerOperations;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.RebootType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code _init_instance} (spec §7.3, start-up): puts this host's instances back in a coherent state
 * after a restart. Supported rules: deleted → finish the deletion; building or a build task → ERROR;
 * rebuild task → ERROR; snapshot/backup/resize_prep task → task cleared; deleting → delete again;
 * reboot states → retry the reboot (HARD unless a soft reboot of a running guest was pending), or
 * finish it if the guest already runs; powering-off → stop again; powering-on → start again.
 * Not supported: VIF plugging, resize/migration rollback, {@code resume_guests_state_on_host_boot}.
 */
public final class InstanceRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceRecovery.class);
    private static final Set<TaskState> CLEARED_ON_START = EnumSet.of(TaskState.IMAGE_SNAPSHOT,
            TaskState.IMAGE_SNAPSHOT_PENDING, TaskState.IMAGE_PENDING_UPLOAD, TaskState.IMAGE_UPLOADING,
            TaskState.IMAGE_BACKUP, TaskState.RESIZE_PREP);

    private final ComputeObjects objects;
    private final HypervisorDriver driver;
    private final PowerOperations power;
    private final DeleteOperations delete;
    private final String host;

    public InstanceRecovery(ComputeObjects objects, HypervisorDriver driver, PowerOperations power,
                            DeleteOperations delete, String host) {
        this.objects = objects;
        this.driver = driver;
        this.power = power;
        this.delete = delete;
        this.host = host;
    }

    /** Recovers every instance of this host; one instance's failure does not stop the others. */
    public void initInstances(RequestContext ctx) {
        for (Instance instance : objects.instancesOnHost(ctx, host)) {
            try {
                initInstance(ctx, instance);
            } catch (RuntimeException e) {
                LOG.error("Failed to initialize instance {} at start-up: {}", instance.getUuid(), NovaErrors.message(e));
            }
        }
    }

    void initInstance(RequestContext ctx, Instance instance) {
        if (!host.equals(instance.getHost())) {
            return;
        }
        VmState vm = instance.getVmState();
        TaskState task = instance.getTaskState();
        if (vm == VmState.SOFT_DELETED
                || (vm == VmState.ERROR && task != TaskState.RESIZE_MIGRATING && task != TaskState.DELETING)) {
            return;
        }
        if (vm == VmState.DELETED) {
            LOG.info("Instance {} is marked deleted; completing its deletion", instance.getUuid());
            delete.completePartialDeletion(ctx, instance);
            return;
        }
        if (vm == VmState.BUILDING || (task != null && TaskState.BUILD_STATES.contains(task))
                || (task != null && TaskState.REBUILD_STATES.contains(task))) {
            LOG.info("Instance {} was {} with task {} at start-up; setting it to ERROR", instance.getUuid(), vm, task);
            instance.setVmState(VmState.ERROR);
            instance.setTaskState(null);
            objects.save(ctx, instance, null);
            return;
        }
        if (task != null && CLEARED_ON_START.contains(task)) {
            LOG.info("Instance {} in transitional task {} at start-up; clearing it", instance.getUuid(), task);
            instance.setTaskState(null);
            objects.save(ctx, instance, null);
            return;
        }
        if (task == TaskState.DELETING) {
            LOG.info("Instance {} was being deleted at start-up; deleting it again", instance.getUuid());
            delete.deleteInstance(ctx, instance);
            return;
        }
        if (task != null && (TaskState.SOFT_REBOOT_STATES.contains(task) || TaskState.HARD_REBOOT_STATES.contains(task))) {
            retryReboot(ctx, instance, task);
            return;
        }
        if (task == TaskState.POWERING_OFF) {
            LOG.debug("Instance {} in transitional state powering-off at start-up; retrying stop", instance.getUuid());
            power.stop(ctx, instance, true);
        } else if (task == TaskState.POWERING_ON) {
            LOG.debug("Instance {} in transitional state powering-on at start-up; retrying start", instance.getUuid());
            power.start(ctx, instance);
        }
    }

    /** {@code _retry_reboot}: finish a reboot whose guest runs, else reboot again. */
    private void retryReboot(RequestContext ctx, Instance instance, TaskState task) {
        PowerState current = GuestPower.of(driver, instance);
        boolean started = task == TaskState.REBOOT_STARTED || task == TaskState.REBOOT_STARTED_HARD;
        if (started && current == PowerState.RUNNING) {
            LOG.info("Instance {} finished rebooting", instance.getUuid());
            instance.setTaskState(null);
            instance.setVmState(VmState.ACTIVE);
            objects.save(ctx, instance, null);
            return;
        }
        boolean soft = TaskState.SOFT_REBOOT_STATES.contains(task) && instance.getVmState() == VmState.ACTIVE
                && current == PowerState.RUNNING;
        RebootType type = soft ? RebootType.SOFT : RebootType.HARD;
        if (type == RebootType.HARD && !TaskState.HARD_REBOOT_STATES.contains(task)) {
            // the reboot operation's compare-and-swap expects a hard reboot state for a HARD reboot
            instance.setTaskState(TaskState.REBOOTING_HARD);
            objects.save(ctx, instance, null);
        }
        LOG.info("Instance {} was rebooting ({}) at start-up; retrying a {} reboot", instance.getUuid(), task, type);
        power.reboot(ctx, instance, type);
    }
}
