package org.jnova.compute.manager;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.ops.GuestPower;
import org.jnova.compute.ops.InstanceLocks;
import org.jnova.compute.ops.NovaErrors;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.LifecycleEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code handle_lifecycle_event}: a driver event becomes a power state, and if the driver still reports
 * that state, the instance is synced. Events are handled one at a time off the driver's thread, after
 * the operation that caused them released the instance lock.
 */
public final class LifecycleEventHandler implements Consumer<LifecycleEvent>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleEventHandler.class);

    private final ComputeObjects objects;
    private final HypervisorDriver driver;
    private final PowerStateSync sync;
    private final InstanceLocks locks;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "compute-lifecycle-events");
        t.setDaemon(true);
        return t;
    });

    public LifecycleEventHandler(ComputeObjects objects, HypervisorDriver driver, PowerStateSync sync,
                                 InstanceLocks locks) {
        this.objects = objects;
        this.driver = driver;
        this.sync = sync;
        this.locks = locks;
    }

    /** The power state an event means (Nova's mapping). */
    static PowerState powerStateOf(LifecycleEvent.Transition transition) {
        return switch (transition) {
            case STOPPED -> PowerState.SHUTDOWN;
            case STARTED, RESUMED -> PowerState.RUNNING;
            case PAUSED, POSTCOPY_STARTED, MIGRATION_COMPLETED -> PowerState.PAUSED;
            case SUSPENDED -> PowerState.SUSPENDED;
        };
    }

    @Override
    public void accept(LifecycleEvent event) {
        try {
            worker.execute(() -> handle(event));
        } catch (RejectedExecutionException e) {
            LOG.debug("Ignoring lifecycle event {} during shutdown", event);
        }
    }

    /** Handles one event synchronously. */
    void handle(LifecycleEvent event) {
        PowerState eventState = powerStateOf(event.transition());
        RequestContext ctx = RequestContext.admin();
        try {
            locks.withLock(event.instanceUuid(), () -> {
                Instance instance = objects.getInstance(ctx, event.instanceUuid());
                PowerState current = GuestPower.of(driver, instance);
                if (current != eventState) {
                    LOG.debug("Ignoring event {} for {}: the driver now reports {}", event.transition(),
                            event.instanceUuid(), current.label());
                    return;
                }
                LOG.info("VM {} (Lifecycle Event) for instance {}", event.transition(), event.instanceUuid());
                sync.syncInstancePowerState(ctx, instance, current);
            });
        } catch (RuntimeException e) {
            if (NovaErrors.isInstanceNotFound(e)) {
                LOG.debug("Lifecycle event {} for unknown instance {}", event.transition(), event.instanceUuid());
            } else {
                LOG.warn("Failed to handle lifecycle event {} for {}: {}", event.transition(), event.instanceUuid(),
                        NovaErrors.message(e));
            }
        }
    }

    /** Stops taking events and lets the queued ones finish briefly. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
