package org.jnova.compute.ops;

import org.jnova.compute.objects.ComputeObjects;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.RebootType;
import org.jnova.ports.hypervisor.UnsupportedDriverOperationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * stop, start, reboot, pause/unpause and suspend/resume (spec §7.3): each under the instance lock and
 * the task runner, each ending with a save whose expected task state is the one the API set, so a
 * concurrent operation that took the instance over makes this one fail with UnexpectedTaskStateError.
 */
public final class PowerOperations {
    private static final Logger LOG = LoggerFactory.getLogger(PowerOperations.class);
    static final String OLD_VM_STATE = "old_vm_state";
    static final String IMAGE_SHUTDOWN_TIMEOUT = "image_os_shutdown_timeout";

    private final ComputeObjects objects;
    private final HypervisorDriver driver;
    private final InstanceTaskRunner runner;
    private final InstanceLocks locks;
    private final ComputeSettings settings;

    public PowerOperations(ComputeObjects objects, HypervisorDriver driver, InstanceTaskRunner runner,
                           InstanceLocks locks, ComputeSettings settings) {
        this.objects = objects;
        this.driver = driver;
        this.runner = runner;
        this.locks = locks;
        this.settings = settings;
    }

    /** {@code stop_instance(instance, clean_shutdown)}. */
    public void stop(RequestContext ctx, Instance instance, boolean cleanShutdown) {
        runner.run(ctx, instance, "stop_instance", () -> locks.withLock(instance.getUuid(), () -> {
            PowerState current = GuestPower.of(driver, instance);
            // A guest that is already off may be stopped by a caller that did not set powering-off.
            TaskStateSet expected = current.isOff()
                    ? TaskStateSet.of(TaskState.POWERING_OFF, null) : TaskStateSet.of(TaskState.POWERING_OFF);
            powerOff(instance, cleanShutdown);
            instance.setPowerState(GuestPower.of(driver, instance));
            instance.setVmState(VmState.STOPPED);
            instance.setTaskState(null);
            objects.save(ctx, instance, expected);
        }));
    }

    /** {@code _power_off_instance}: clean shutdowns wait for the guest, forced ones do not. */
    private void powerOff(Instance instance, boolean cleanShutdown) {
        int timeout = 0;
        int retry = 0;
        if (cleanShutdown) {
            String imageTimeout = InstanceStates.systemMetadata(instance, IMAGE_SHUTDOWN_TIMEOUT);
            timeout = imageTimeout == null ? settings.shutdownTimeout() : parseTimeout(imageTimeout);
            retry = settings.shutdownRetryInterval();
        }
        driver.powerOff(instance, timeout, retry);
    }

    private int parseTimeout(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring image_os_shutdown_timeout '{}': not an integer", value);
            return settings.shutdownTimeout();
        }
    }

    /** {@code start_instance(instance)}. */
    public void start(RequestContext ctx, Instance instance) {
        runner.run(ctx, instance, "start_instance", () -> locks.withLock(instance.getUuid(), () -> {
            driver.powerOn(ctx, instance);
            instance.setPowerState(GuestPower.of(driver, instance));
            instance.setVmState(VmState.ACTIVE);
            instance.setTaskState(null);
            objects.save(ctx, instance, TaskStateSet.of(TaskState.POWERING_ON));
        }));
    }

    /**
     * {@code reboot_instance(instance, block_device_info, reboot_type)}: pending, started, driver
     * reboot, then active. If the driver fails but the guest still runs, the fault is recorded and the
     * error swallowed; otherwise the instance goes to ERROR and the error propagates.
     */
    public void reboot(RequestContext ctx, Instance instance, RebootType type) {
        runner.run(ctx, instance, "reboot_instance", () -> locks.withLock(instance.getUuid(), () -> {
            boolean soft = type == RebootType.SOFT;
            TaskStateSet expected = soft ? TaskStateSet.of(TaskState.SOFT_REBOOT_STATES.toArray(TaskState[]::new))
                    : TaskStateSet.of(TaskState.HARD_REBOOT_STATES.toArray(TaskState[]::new));
            TaskState pending = soft ? TaskState.REBOOT_PENDING : TaskState.REBOOT_PENDING_HARD;
            TaskState started = soft ? TaskState.REBOOT_STARTED : TaskState.REBOOT_STARTED_HARD;
            instance.setPowerState(GuestPower.of(driver, instance));
            instance.setTaskState(pending);
            objects.save(ctx, instance, expected);
            if (instance.getPowerState() != PowerState.RUNNING) {
                LOG.warn("trying to reboot a non-running instance {} (state: {} expected: {})",
                        instance.getUuid(), instance.getPowerState().label(), PowerState.RUNNING.label());
            }
            instance.setTaskState(started);
            objects.save(ctx, instance, TaskStateSet.of(pending));
            VmState finalVmState = instance.getVmState() == VmState.RESCUED ? VmState.RESCUED : VmState.ACTIVE;
            try {
                driver.reboot(ctx, instance, type);
            } catch (RuntimeException e) {
                if (GuestPower.of(driver, instance) == PowerState.RUNNING) {
                    LOG.warn("Reboot failed but instance {} is running: {}", instance.getUuid(), NovaErrors.message(e));
                    runner.recordFault(ctx, instance, e);
                } else {
                    LOG.error("Cannot reboot instance {}: {}", instance.getUuid(), NovaErrors.message(e));
                    InstanceStates.setError(objects, ctx, instance, false);
                    throw e;
                }
            }
            instance.setPowerState(GuestPower.of(driver, instance));
            instance.setVmState(finalVmState);
            instance.setTaskState(null);
            try {
                objects.save(ctx, instance, null);
            } catch (RuntimeException e) {
                if (!NovaErrors.isInstanceNotFound(e)) {
                    throw e;
                }
                LOG.warn("Instance {} disappeared during reboot", instance.getUuid());
            }
        }));
    }

    /** {@code pause_instance(instance)}. */
    public void pause(RequestContext ctx, Instance instance) {
        runner.run(ctx, instance, "pause_instance", () -> locks.withLock(instance.getUuid(), () -> {
            driver.pause(instance);
            finish(ctx, instance, VmState.PAUSED, TaskState.PAUSING);
        }));
    }

    /** {@code unpause_instance(instance)}. */
    public void unpause(RequestContext ctx, Instance instance) {
        runner.run(ctx, instance, "unpause_instance", () -> locks.withLock(instance.getUuid(), () -> {
            driver.unpause(instance);
            finish(ctx, instance, VmState.ACTIVE, TaskState.UNPAUSING);
        }));
    }

    /** {@code suspend_instance(instance)}: remembers the vm_state to come back to in system_metadata. */
    public void suspend(RequestContext ctx, Instance instance) {
        runner.run(ctx, instance, "suspend_instance", () -> locks.withLock(instance.getUuid(), () -> {
            VmState before = instance.getVmState();
            InstanceStates.putSystemMetadata(instance, OLD_VM_STATE, before == null ? null : before.wireValue());
            errorOutOnException(ctx, instance, before, () -> driver.suspend(ctx, instance));
            finish(ctx, instance, VmState.SUSPENDED, TaskState.SUSPENDING);
        }));
    }

    /** {@code resume_instance(instance)}: back to {@code old_vm_state} (ACTIVE by default). */
    public void resume(RequestContext ctx, Instance instance) {
        runner.run(ctx, instance, "resume_instance", () -> locks.withLock(instance.getUuid(), () -> {
            errorOutOnException(ctx, instance, instance.getVmState(), () -> driver.resume(ctx, instance));
            String old = InstanceStates.systemMetadata(instance, OLD_VM_STATE);
            InstanceStates.putSystemMetadata(instance, OLD_VM_STATE, null);
            finish(ctx, instance, old == null ? VmState.ACTIVE : VmState.fromWire(old), TaskState.RESUMING);
        }));
    }

    private void finish(RequestContext ctx, Instance instance, VmState vmState, TaskState expected) {
        instance.setPowerState(GuestPower.of(driver, instance));
        instance.setVmState(vmState);
        instance.setTaskState(null);
        objects.save(ctx, instance, TaskStateSet.of(expected));
    }

    /**
     * {@code _error_out_instance_on_exception}: an unsupported operation restores the vm_state and
     * clears the task; any other failure sets ERROR. The error propagates either way.
     */
    private void errorOutOnException(RequestContext ctx, Instance instance, VmState restore, Runnable body) {
        try {
            body.run();
        } catch (UnsupportedDriverOperationException e) {
            instance.setVmState(restore);
            instance.setTaskState(null);
            objects.save(ctx, instance, null);
            throw e;
        } catch (RuntimeException e) {
            InstanceStates.setError(objects, ctx, instance, false);
            throw e;
        }
    }
}
