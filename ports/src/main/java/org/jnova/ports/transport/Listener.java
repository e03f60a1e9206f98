package org.jnova.ports.transport;

/** An active RPC listener: three consumers ({@code T}, {@code T.S}, the fanout queue). */
public interface Listener extends AutoCloseable {
    /** Stops consuming new requests; requests already handed to the handler are not affected. */
    void stop();

    /** Releases the listener's resources (a fanout queue is deleted, as oslo does on close). */
    @Override
    void close();
}
