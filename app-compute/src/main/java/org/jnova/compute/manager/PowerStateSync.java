package org.jnova.compute.manager;

import java.util.List;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.ops.GuestPower;
import org.jnova.compute.ops.InstanceLocks;
import org.jnova.compute.ops.NovaErrors;
import org.jnova.compute.ops.PowerOperations;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code _sync_power_states} / {@code _sync_instance_power_state} (spec §7.5): the hypervisor is the
 * authority on power state. The stored power_state follows the driver; an ACTIVE instance whose guest
 * shut down, crashed or was suspended behind Nova's back is stopped the way {@code compute_api.stop}
 * would (task powering-off, a {@code stop} action, then stop_instance); a STOPPED instance whose
 * guest runs, or a PAUSED one whose guest is off, is force-stopped the same way. Not implemented:
 * {@code shutdown_terminate} (delete instead of stop).
 */
public final class PowerStateSync {
    private static final Logger LOG = LoggerFactory.getLogger(PowerStateSync.class);

    private final ComputeObjects objects;
    private final HypervisorDriver driver;
    private final PowerOperations power;
    private final InstanceLocks locks;
    private final String host;

    public PowerStateSync(ComputeObjects objects, HypervisorDriver driver, PowerOperations power,
                          InstanceLocks locks, String host) {
        this.objects = objects;
        this.driver = driver;
        this.power = power;
        this.locks = locks;
        this.host = host;
    }

    /** {@code _sync_power_states}: every instance of this host without a task, skipping busy ones. */
    public void syncPowerStates() {
        RequestContext ctx = RequestContext.admin();
        List<Instance> instances = objects.instancesOnHost(ctx, host);
        int onHypervisor = driver.getNumInstances();
        if (onHypervisor != instances.size()) {
            LOG.warn("While synchronizing instance power states, found {} instances in the database and {} "
                    + "instances on the hypervisor.", instances.size(), onHypervisor);
        }
        for (Instance instance : instances) {
            if (instance.getTaskState() != null) {
                LOG.info("During sync_power_state the instance {} has a pending task ({}). Skip.",
                        instance.getUuid(), instance.getTaskState());
                continue;
            }
            boolean ran = locks.tryWithLock(instance.getUuid(), () -> syncOne(ctx, instance));
            if (!ran) {
                LOG.debug("Sync already in progress for {}; skipping", instance.getUuid());
            }
        }
    }

    private void syncOne(RequestContext ctx, Instance instance) {
        try {
            syncInstancePowerState(ctx, instance, GuestPower.of(driver, instance));
        } catch (RuntimeException e) {
            LOG.error("Periodic sync_power_state task had an error while processing instance {}: {}",
                    instance.getUuid(), NovaErrors.message(e));
        }
    }

    /** {@code _sync_instance_power_state} for one instance and the driver's view of it. */
    public void syncInstancePowerState(RequestContext ctx, Instance instance, PowerState vmPower) {
        objects.refresh(ctx, instance);
        if (!host.equals(instance.getHost())) {
            LOG.info("During the sync_power process the instance {} has moved from host {} to host {}",
                    instance.getUuid(), host, instance.getHost());
            return;
        }
        if (instance.getTaskState() != null) {
            LOG.info("During sync_power_state the instance {} has a pending task ({}). Skip.",
                    instance.getUuid(), instance.getTaskState());
            return;
        }
        if (instance.getPowerState() != vmPower) {
            instance.setPowerState(vmPower);
            objects.save(ctx, instance, null);
        }
        VmState vmState = instance.getVmState();
        if (vmState == null) {
            return;
        }
        switch (vmState) {
            case ACTIVE -> syncActive(ctx, instance, vmPower);
            case STOPPED -> {
                if (!vmPower.isOff()) {
                    LOG.warn("Instance {} is not stopped. (power state: {}). Calling the stop API.",
                            instance.getUuid(), vmPower.label());
                    stopAsTheApiWould(ctx, instance);
                }
            }
            case PAUSED -> {
                if (vmPower == PowerState.SHUTDOWN || vmPower == PowerState.CRASHED) {
                    LOG.warn("Paused instance {} shutdown by itself. Calling the stop API.", instance.getUuid());
                    stopAsTheApiWould(ctx, instance);
                }
            }
            case SOFT_DELETED, DELETED -> {
                if (vmPower != PowerState.NOSTATE) {
                    LOG.warn("Instance {} is not in the expected state: {} but the hypervisor still has it",
                            instance.getUuid(), vmState);
                }
            }
            default -> {
                // building, rescued, resized, suspended, error: nothing to do (Nova's rule)
            }
        }
    }

    private void syncActive(RequestContext ctx, Instance instance, PowerState vmPower) {
        if (vmPower == PowerState.SHUTDOWN || vmPower == PowerState.CRASHED) {
            // re-check without cache, as Nova does, before acting on it
            PowerState now = GuestPower.of(driver, instance);
            if (now == PowerState.SHUTDOWN || now == PowerState.CRASHED) {
                LOG.warn("Instance {} shutdown by itself. Calling the stop API. Current vm_state: active, "
                        + "current task_state: None, current DB power_state: {}, current VM power_state: {}",
                        instance.getUuid(), instance.getPowerState().label(), now.label());
                stopAsTheApiWould(ctx, instance);
            }
        } else if (vmPower == PowerState.SUSPENDED) {
            LOG.warn("Instance {} is suspended unexpectedly. Calling the stop API.", instance.getUuid());
            stopAsTheApiWould(ctx, instance);
        } else if (vmPower == PowerState.PAUSED || vmPower == PowerState.NOSTATE) {
            LOG.warn("Instance {} is {} unexpectedly. Ignore.", instance.getUuid(), vmPower.label());
        }
    }

    /** {@code compute_api.stop}/{@code force_stop}: task powering-off (expected none), action, stop. */
    private void stopAsTheApiWould(RequestContext ctx, Instance instance) {
        try {
            instance.setTaskState(TaskState.POWERING_OFF);
            instance.set("progress", 0L);
            objects.save(ctx, instance, TaskStateSet.NONE_ONLY);
            objects.actionStart(ctx, instance.getUuid(), "stop");
            power.stop(ctx, instance, true);
        } catch (RuntimeException e) {
            LOG.warn("Failed to stop instance {} during power-state sync: {}", instance.getUuid(), NovaErrors.message(e));
        }
    }
}
