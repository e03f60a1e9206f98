package org.jnova.adapter.transport.fake;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A named queue of the bus. Several delivery threads taking from it are competing consumers, as
 * listeners sharing a RabbitMQ queue are.
 */
final class MessageQueue {
    private final String name;
    private final LinkedBlockingDeque<QueuedMessage> messages = new LinkedBlockingDeque<>();
    private final AtomicInteger consumers = new AtomicInteger();

    MessageQueue(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void put(QueuedMessage m) {
        messages.addLast(m);
    }

    /** Blocks for the next message. */
    QueuedMessage take() throws InterruptedException {
        return messages.takeFirst();
    }

    /** Gives back a message taken by a consumer that is stopping, at the head so order is kept. */
    void giveBack(QueuedMessage m) {
        messages.addFirst(m);
    }

    void addConsumer() {
        consumers.incrementAndGet();
    }

    void removeConsumer() {
        consumers.decrementAndGet();
    }

    boolean hasConsumers() {
        return consumers.get() > 0;
    }
}
