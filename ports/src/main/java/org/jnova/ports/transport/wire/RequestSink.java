package org.jnova.ports.transport.wire;

/**
 * Where a wire hands what it consumed. Called on the wire's consumer thread; both methods return quickly and
 * never throw.
 */
public interface RequestSink {
    /** A decoded request from {@code source} (the queue or address it came from, for logs). */
    void deliver(WireRequest request, String source);

    /**
     * A message that could not be decoded. {@code msgId}/{@code replyAddress} are whatever the wire could still
     * read (null if nothing), so the core can tell the caller what was wrong.
     */
    void reject(String source, String reason, String msgId, String replyAddress);
}
