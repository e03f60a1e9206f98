package org.jnova.ports.transport.wire;

import java.util.Map;

/**
 * One RPC request between the core and a wire, in either direction. {@code message} holds {@code method},
 * {@code args} and, when set, {@code namespace} and {@code version}; {@code context} the request context's
 * entries (unprefixed, wire order). On the way in the wire passes what it decoded as it found it: the core
 * validates types and rules.
 *
 * @param msgId              the call's id ({@code _msg_id}, or AMQP 1.0's message-id); null for a cast
 * @param replyAddress       where the caller waits ({@code _reply_q}, or reply-to); null for a cast
 * @param callMonitorTimeout the caller's call-monitor timeout in seconds ({@code _timeout}); null for none
 * @param uniqueId           the dedupe id ({@code _unique_id}) where the protocol carries one, else null
 */
public record WireRequest(Map<String, Object> context, Map<String, Object> message, String msgId,
                          String replyAddress, Object callMonitorTimeout, String uniqueId) {
    public boolean isCall() {
        return msgId != null;
    }
}
