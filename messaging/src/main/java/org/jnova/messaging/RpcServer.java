package org.jnova.messaging;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.driver.RpcIncomingMessage;
import org.jnova.ports.transport.Listener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oslo's {@code RPCServer} with the threading executor: the driver's listener hands each request to a
 * pool of {@code executor_thread_pool_size} threads, which dispatches it, sends call-monitor heartbeats
 * while the method runs, and replies. The server keeps serving after any failure.
 */
public final class RpcServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);
    /** Nova errors that are part of normal operation (races the caller handles); logged at DEBUG only. */
    private static final Set<String> EXPECTED_ERRORS = Set.of("UnexpectedTaskStateError",
            "UnexpectedDeletingTaskStateError", "InstanceNotFound", "InstanceActionNotFound");

    private final RpcTransport transport;
    private final Target target;
    private final RpcDispatcher dispatcher;
    private final ThreadPoolExecutor executor;
    private volatile Listener listener;

    RpcServer(RpcTransport transport, Target target, RpcDispatcher dispatcher, int threads) {
        this.transport = transport;
        this.target = target;
        this.dispatcher = dispatcher;
        AtomicInteger n = new AtomicInteger();
        String name = "rpc-" + target.topic() + "-";
        // unbounded queue as oslo's executor: flow control is the transport's business
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, name + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    public Target target() {
        return target;
    }

    /** Starts consuming {@code topic}, {@code topic.server} and the fanout. */
    public synchronized RpcServer start() {
        if (listener != null) {
            throw new IllegalStateException("RPC server for " + target + " already started");
        }
        if (executor.isShutdown()) {
            throw new IllegalStateException("RPC server for " + target + " was stopped and cannot restart");
        }
        listener = transport.driver().listen(target, this::submit);
        LOG.debug("RPC server consuming {}", target);
        return this;
    }

    /** Stops consuming new requests; requests already received still run. */
    public synchronized void stop() {
        if (listener != null) {
            listener.stop();
        }
        executor.shutdown();
    }

    /** Waits for received requests to finish; true if all finished within {@code timeout}. */
    public boolean awaitInFlight(Duration timeout) throws InterruptedException {
        if (!executor.isShutdown()) {
            throw new IllegalStateException("stop() the RPC server before waiting for in-flight requests");
        }
        return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops, abandons what still runs and releases the listener. */
    @Override
    public synchronized void close() {
        stop();
        executor.shutdownNow();
        if (listener != null) {
            listener.close();
        }
    }

    private void submit(RpcIncomingMessage message) {
        try {
            executor.execute(() -> process(message));
        } catch (RejectedExecutionException e) {
            LOG.warn("RPC server for {} is stopping; dropped request {}", target, message.message().get("method"));
        }
    }

    private void process(RpcIncomingMessage message) {
        Object method = message.message().get("method");
        ScheduledFuture<?> watchdog = startWatchdog(message);
        try {
            Object result = dispatcher.dispatch(message.context(), message.message());
            stopWatchdog(watchdog);
            message.reply(result);
        } catch (Throwable e) {
            stopWatchdog(watchdog);
            logFailure(message, method, e);
            RemoteFailure failure = RemoteFailures.fromThrowable(e);
            try {
                message.replyFailure(failure);
            } catch (RuntimeException replyError) {
                LOG.warn("Could not send the failure reply for {}: {}", method, replyError.toString());
            }
        }
    }

    /** {@code _watchdog}: heartbeats every int(_timeout)/2 seconds when the caller monitors the call. */
    private ScheduledFuture<?> startWatchdog(RpcIncomingMessage message) {
        Integer t = message.clientTimeout();
        if (!message.expectsReply() || t == null || t <= 0) {
            return null;
        }
        int interval = t / 2;
        if (interval < 1) {
            LOG.warn("Call-monitor timeout {} s of {} is too short for heartbeats (minimum 2 s)", t,
                    message.message().get("method"));
            return null;
        }
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        Runnable beat = () -> {
            try {
                message.heartbeat();
            } catch (RuntimeException e) {
                LOG.warn("Heartbeat for {} failed, stopping heartbeats: {}", message.message().get("method"),
                        e.toString());
                if (self[0] != null) {
                    self[0].cancel(false);
                }
            }
        };
        self[0] = transport.heartbeats().scheduleAtFixedRate(beat, interval, interval, TimeUnit.SECONDS);
        return self[0];
    }

    private static void stopWatchdog(ScheduledFuture<?> watchdog) {
        if (watchdog != null) {
            watchdog.cancel(false);
        }
    }

    private static void logFailure(RpcIncomingMessage message, Object method, Throwable e) {
        if (isExpected(message, method, e)) {
            LOG.debug("RPC method {} failed: {}", method, e.toString());
        } else if (e instanceof RpcArgumentException || e instanceof RemoteError) {
            LOG.warn("RPC method {} failed: {}", method, e.getMessage());
        } else {
            LOG.warn("RPC method {} failed: {}", method, e.toString(), e);
        }
    }

    /**
     * Failures that are part of normal operation: state races, a Nova error handed back to a caller who
     * decides what it means, or NoSuchMethod for an {@code _ignore_errors} method (as oslo logs them).
     */
    private static boolean isExpected(RpcIncomingMessage message, Object method, Throwable e) {
        if (e instanceof NovaException n) {
            return message.expectsReply() || EXPECTED_ERRORS.contains(n.novaClass());
        }
        return e instanceof NoSuchMethod && String.valueOf(method).endsWith("_ignore_errors");
    }
}
