package org.jnova.ports.transport.wire;

/**
 * One reply frame: a final result, a final failure, or (neither, not {@code ending}) a call-monitor heartbeat.
 *
 * @param msgId    the call it answers ({@code _msg_id}, or AMQP 1.0's correlation-id)
 * @param result   the JSON-ready result; null for heartbeats and failures
 * @param failure  oslo's serialized remote exception (a JSON string) as the wire carried it; null or empty for none
 * @param ending   true on the final reply; false on a heartbeat
 * @param uniqueId the dedupe id where the protocol carries one ({@code _unique_id}), else null
 */
public record WireReply(String msgId, Object result, Object failure, boolean ending, String uniqueId) {
    public static WireReply heartbeat(String msgId) {
        return new WireReply(msgId, null, null, false, null);
    }

    public boolean isHeartbeat() {
        return !ending && result == null && !hasFailure();
    }

    /** oslo's test is {@code if data['failure']}: an empty string is no failure. */
    public boolean hasFailure() {
        return failure != null && !(failure instanceof String s && s.isEmpty());
    }
}
