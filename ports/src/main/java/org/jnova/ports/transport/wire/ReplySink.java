package org.jnova.ports.transport.wire;

/** Where a wire hands the replies arriving at its inbox. Called on the wire's thread; returns quickly, never throws. */
public interface ReplySink {
    void deliver(WireReply reply);

    /** A reply that could not be decoded. */
    void reject(String reason);
}
