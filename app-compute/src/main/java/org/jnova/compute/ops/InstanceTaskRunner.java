package org.jnova.compute.ops;

import java.util.function.Supplier;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.objects.FaultRecord;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nova's decorator stack around an instance operation (spec §7.4), written out in order:
 * {@code reverts_task_state( wrap_instance_event( wrap_instance_fault( body )))}. When the body fails,
 * innermost first: the instance fault is recorded (not for InstanceNotFound), the action event is
 * finished as Error with the message and traceback, the task state is reverted to None (not on
 * UnexpectedTaskStateError, which means another operation owns the instance now), and the error is
 * re-raised: a call's caller gets it, a cast's is only logged by the engine.
 */
public final class InstanceTaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceTaskRunner.class);

    private final ComputeObjects objects;
    private final String host;

    public InstanceTaskRunner(ComputeObjects objects, String host) {
        this.objects = objects;
        this.host = host;
    }

    /** The event name Nova's {@code wrap_instance_event(prefix='compute')} gives a method. */
    public static String eventName(String method) {
        return "compute_" + method;
    }

    /** Runs {@code body} for the RPC method {@code method} with the full stack. */
    public <T> T run(RequestContext ctx, Instance instance, String method, Supplier<T> body) {
        try {
            return withEvent(ctx, instance, eventName(method), () -> withFault(ctx, instance, body));
        } catch (RuntimeException e) {
            revertTaskState(ctx, instance, e);
            throw e;
        }
    }

    public void run(RequestContext ctx, Instance instance, String method, Runnable body) {
        run(ctx, instance, method, () -> {
            body.run();
            return null;
        });
    }

    /** {@code wrap_instance_fault} alone (read-only calls such as get_console_output). */
    public <T> T withFault(RequestContext ctx, Instance instance, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            recordFault(ctx, instance, e);
            throw e;
        }
    }

    /** {@code add_instance_fault_from_exc}; a failure to record is logged, never hides the original. */
    public void recordFault(RequestContext ctx, Instance instance, Throwable e) {
        if (NovaErrors.isInstanceNotFound(e)) {
            return;
        }
        int code = NovaErrors.code(e);
        String details = code == 500 ? NovaErrors.traceback(e) : null;
        try {
            objects.createFault(ctx, new FaultRecord(instance.getUuid(), host, code, NovaErrors.message(e), details));
        } catch (RuntimeException failure) {
            LOG.error("Failed to record the fault of instance {} ({}): {}", instance.getUuid(),
                    NovaErrors.message(e), failure.toString());
        }
    }

    private <T> T withEvent(RequestContext ctx, Instance instance, String event, Supplier<T> body) {
        String uuid = instance.getUuid();
        objects.eventStart(ctx, uuid, event, host);
        T result;
        try {
            result = body.get();
        } catch (RuntimeException e) {
            finishEvent(ctx, uuid, event, NovaErrors.message(e), NovaErrors.traceback(e));
            throw e;
        }
        finishEvent(ctx, uuid, event, null, null);
        return result;
    }

    /** EventReporter's exit with {@code graceful_exit=True}: a failure to finish is logged only. */
    private void finishEvent(RequestContext ctx, String uuid, String event, String excVal, String excTb) {
        try {
            objects.eventFinish(ctx, uuid, event, excVal, excTb);
        } catch (RuntimeException e) {
            LOG.warn("Could not finish event {} of instance {}: {}", event, uuid, NovaErrors.message(e));
        }
    }

    /** {@code reverts_task_state}. */
    private void revertTaskState(RequestContext ctx, Instance instance, RuntimeException cause) {
        if (NovaErrors.isUnexpectedTaskState(cause)) {
            LOG.info("Task possibly preempted: {} (instance {})", NovaErrors.message(cause), instance.getUuid());
            return;
        }
        try {
            instance.setTaskState(null);
            objects.save(ctx, instance, null);
        } catch (RuntimeException e) {
            if (!NovaErrors.isInstanceNotFound(e)) {
                LOG.error("Failed to revert task state for instance {}: {}", instance.getUuid(), NovaErrors.message(e));
            }
        }
    }
}
