package org.jnova.compute.ops;

import java.time.Clock;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.resources.ResourceTracker;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code terminate_instance} (spec §7.3): destroy the guest, mark the instance deleted with
 * {@code terminated_at}, then destroy the record. An instance that vanished meanwhile is fine; any
 * other failure sets ERROR and propagates.
 */
public final class DeleteOperations {
    private static final Logger LOG = LoggerFactory.getLogger(DeleteOperations.class);

    private final ComputeObjects objects;
    private final HypervisorDriver driver;
    private final InstanceTaskRunner runner;
    private final InstanceLocks locks;
    private final Clock clock;
    private final ResourceTracker tracker;

    public DeleteOperations(ComputeObjects objects, HypervisorDriver driver, InstanceTaskRunner runner,
                            InstanceLocks locks, Clock clock, ResourceTracker tracker) {
        this.objects = objects;
        this.driver = driver;
        this.runner = runner;
        this.locks = locks;
        this.clock = clock;
        this.tracker = tracker;
    }

    /** {@code terminate_instance(instance, bdms)}. */
    public void terminate(RequestContext ctx, Instance instance) {
        runner.run(ctx, instance, "terminate_instance", () -> locks.withLock(instance.getUuid(), () -> {
            try {
                deleteInstance(ctx, instance);
            } catch (RuntimeException e) {
                if (NovaErrors.isInstanceNotFound(e)) {
                    LOG.info("Instance {} disappeared during terminate", instance.getUuid());
                    return;
                }
                InstanceStates.setError(objects, ctx, instance, false);
                throw e;
            }
        }));
    }

    /** {@code _delete_instance}: also used by start-up recovery for instances left in {@code deleting}. */
    public void deleteInstance(RequestContext ctx, Instance instance) {
        driver.destroy(ctx, instance, true);
        instance.setPowerState(PowerState.NOSTATE);
        instance.setVmState(VmState.DELETED);
        instance.setTaskState(null);
        instance.set("terminated_at", clock.instant());
        objects.save(ctx, instance, null);
        objects.destroy(ctx, instance);
        tracker.drop(instance.getUuid());
    }

    /** {@code _complete_partial_deletion}: a record already marked deleted whose destroy did not happen. */
    public void completePartialDeletion(RequestContext ctx, Instance instance) {
        objects.destroy(ctx, instance);
        tracker.drop(instance.getUuid());
    }
}
