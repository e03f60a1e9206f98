package org.jnova.compute.ops;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.resources.ResourceTracker;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code build_and_run_instance} (spec §7.3): returns at once; the build runs on the
 * {@link BuildExecutor} under the instance lock and a build slot, through the task runner with the
 * event {@code compute__do_build_and_run_instance}. Task states: building/None, the resource tracker's
 * claim (a build that does not fit is rescheduled: ComputeResourcesUnavailable) setting host and node,
 * networking, block_device_mapping, spawning, then active with launched_at and the driver's power
 * state. A failure with retry information from the scheduler is rescheduled as Nova does it (host, node
 * and launched_on cleared, task state scheduling, {@code build_instances} to the conductor with the
 * alternates; no fault, the event ends as Success); without it the build sets ERROR, clears host and
 * node and records the fault.
 */
public final class BuildOperations {
    private static final Logger LOG = LoggerFactory.getLogger(BuildOperations.class);
    static final String METHOD = "_do_build_and_run_instance";

    private final ComputeObjects objects;
    private final HypervisorDriver driver;
    private final InstanceTaskRunner runner;
    private final InstanceLocks locks;
    private final BuildExecutor executor;
    private final ComputeSettings settings;
    private final Clock clock;
    private final Rescheduler rescheduler;
    private final BuildFailures failures;
    private final ResourceTracker tracker;

    public BuildOperations(ComputeObjects objects, HypervisorDriver driver, InstanceTaskRunner runner,
                           InstanceLocks locks, BuildExecutor executor, ComputeSettings settings, Clock clock,
                           Rescheduler rescheduler, BuildFailures failures, ResourceTracker tracker) {
        this.objects = objects;
        this.driver = driver;
        this.runner = runner;
        this.locks = locks;
        this.executor = executor;
        this.settings = settings;
        this.clock = clock;
        this.rescheduler = rescheduler;
        this.failures = failures;
        this.tracker = tracker;
    }

    /** Accepts the build and returns; errors of the build itself are recorded, then logged. */
    public void buildAndRunInstance(RequestContext ctx, BuildRequest request) {
        Instance instance = request.instance();
        executor.submit(() -> {
            try {
                locks.withLock(instance.getUuid(), () -> executor.throttled(() -> build(ctx, request)));
            } catch (RuntimeException e) {
                LOG.error("Build of instance {} failed: {}", instance.getUuid(), NovaErrors.message(e));
            }
        });
    }

    /** {@code _do_build_and_run_instance}, synchronously (the executor calls it). */
    void build(RequestContext ctx, BuildRequest request) {
        Instance instance = request.instance();
        runner.run(ctx, instance, METHOD, () -> {
            instance.setVmState(VmState.BUILDING);
            instance.setTaskState(null);
            try {
                objects.save(ctx, instance, TaskStateSet.of(TaskState.SCHEDULING, null));
            } catch (RuntimeException e) {
                if (disappeared(e)) {
                    LOG.debug("Instance {} disappeared before build", instance.getUuid());
                    return;
                }
                throw e;
            }
            try {
                long started = System.nanoTime();
                buildAndRun(ctx, request);
                failures.succeeded(instance.getNode());
                LOG.info("[instance: {}] Took {} seconds to build instance.", instance.getUuid(), seconds(started));
            } catch (RuntimeException e) {
                tracker.drop(instance.getUuid()); // the claim is aborted (Claim.abort)
                if (disappeared(e)) {
                    LOG.info("Instance {} disappeared during build", instance.getUuid());
                    return;
                }
                String node = instance.getNode() != null ? instance.getNode() : request.node();
                if (node != null) {
                    failures.failed(node);
                }
                if (request.reschedule().allowed()) {
                    reschedule(ctx, request, e);
                    return;
                }
                LOG.error("Build of instance {} aborted: {}", instance.getUuid(), NovaErrors.message(e));
                instance.set("host", null);
                instance.set("node", null);
                InstanceStates.setError(objects, ctx, instance, true);
                throw e;
            }
        });
    }

    /**
     * {@code _do_build_and_run_instance} on RescheduledException: the conductor gets the build back with
     * the failure in {@code retry['exc_reason']} and tries the next alternate (or sets ERROR with
     * MaxRetriesExceeded when there is none).
     */
    private void reschedule(RequestContext ctx, BuildRequest request, RuntimeException cause) {
        Instance instance = request.instance();
        String reason = NovaErrors.message(cause);
        LOG.warn("Build of instance {} on {} failed, rescheduling: {}", instance.getUuid(), settings.host(), reason);
        Map<String, Object> filterProperties = request.reschedule()
                .withFailure(List.of(NovaErrors.traceback(cause)), reason);
        instance.set("host", null);
        instance.set("node", null);
        instance.set("launched_on", null);
        instance.setTaskState(TaskState.SCHEDULING);
        try {
            objects.save(ctx, instance, null);
        } catch (RuntimeException e) {
            if (disappeared(e)) {
                LOG.info("Instance {} disappeared during build; not rescheduling it", instance.getUuid());
                return;
            }
            throw e;
        }
        rescheduler.reschedule(ctx, instance, request.image(), request.adminPassword(), filterProperties,
                request.reschedule());
    }

    private static boolean disappeared(RuntimeException e) {
        return NovaErrors.isInstanceNotFound(e) || NovaErrors.isUnexpectedDeletingTaskState(e);
    }

    /** {@code _build_and_run_instance}. */
    private void buildAndRun(RequestContext ctx, BuildRequest request) {
        Instance instance = request.instance();
        long started = System.nanoTime();
        // instance_claim: the resource tracker checks the build fits this node (ComputeResourcesUnavailable,
        // a reschedule, if not) and places the instance on this host and node.
        String node = request.node() != null ? request.node() : firstNode();
        tracker.instanceClaim(instance, node);
        instance.set("host", settings.host());
        instance.set("node", node);
        instance.set("launched_on", settings.host());
        objects.save(ctx, instance, null);

        instance.setTaskState(TaskState.NETWORKING);
        objects.save(ctx, instance, TaskStateSet.of((TaskState) null));
        instance.setTaskState(TaskState.BLOCK_DEVICE_MAPPING);
        objects.save(ctx, instance, null);
        instance.setTaskState(TaskState.SPAWNING);
        objects.save(ctx, instance, TaskStateSet.of(TaskState.BLOCK_DEVICE_MAPPING));

        driver.spawn(ctx, instance, request.image(), request.adminPassword(), true);
        LOG.info("[instance: {}] Took {} seconds to spawn the instance on the hypervisor.", instance.getUuid(),
                seconds(started));

        instance.setPowerState(GuestPower.of(driver, instance));
        instance.setVmState(VmState.ACTIVE);
        instance.setTaskState(null);
        instance.set("launched_at", clock.instant());
        objects.save(ctx, instance, TaskStateSet.of(TaskState.SPAWNING));
    }

    /** Seconds since {@code startNanos} as Nova logs them ({@code %0.2f}). */
    private static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - startNanos) / 1e9);
    }

    private String firstNode() {
        List<String> nodes = driver.getAvailableNodes(false);
        if (nodes.isEmpty()) {
            throw new IllegalStateException("the hypervisor driver reports no node to build on");
        }
        return nodes.get(0);
    }
}
