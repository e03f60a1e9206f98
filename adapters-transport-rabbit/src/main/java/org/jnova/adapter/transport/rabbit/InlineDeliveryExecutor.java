package org.jnova.adapter.transport.rabbit;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs amqp-client's consumer callbacks on the connection's own reader thread instead of handing each
 * delivery to a pool thread: one thread wake-up less per message. Only for connections whose consumers
 * never block (decode, ack, hand to an executor or complete a future), as the transport port requires
 * of incoming handlers. amqp-client never shuts down an executor it was given, so shutdown is a no-op.
 */
final class InlineDeliveryExecutor extends AbstractExecutorService {
    static final InlineDeliveryExecutor INSTANCE = new InlineDeliveryExecutor();

    private InlineDeliveryExecutor() {
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    @Override
    public void shutdown() {
        // shared by every connection of the process: nothing to stop
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return false;
    }
}
