package org.jnova.messaging.driver;

import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;

/**
 * One RPC request as a driver hands it to the server ({@code RpcIncomingMessage}). The driver has
 * already acknowledged it, removed duplicates and unpacked the context. A driver MUST deliver a reply
 * only if the request was a call, and MUST send exactly one final reply per call.
 */
public interface RpcIncomingMessage {
    /** The unpacked {@code _context_*} entries, prefix stripped, in wire order. */
    Map<String, Object> context();

    /** The application message: {@code method}, {@code args}, and {@code namespace}/{@code version} when present. */
    Map<String, Object> message();

    /** True for a call (the request carried a reply address). */
    boolean expectsReply();

    /** The caller's call-monitor timeout in seconds ({@code _timeout}), or null. */
    Integer clientTimeout();

    /** Sends the final reply ({@code ending: true}); the result is JSON-ready. No-op for casts. */
    void reply(Object result);

    /** Sends a final failure reply. No-op for casts. */
    void replyFailure(RemoteFailure failure);

    /** Sends a call-monitor heartbeat ({@code result: null, ending: false}). No-op for casts. */
    void heartbeat();
}
