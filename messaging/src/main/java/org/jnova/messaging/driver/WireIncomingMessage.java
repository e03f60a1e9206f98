package org.jnova.messaging.driver;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.wire.TransportWire;
import org.jnova.ports.transport.wire.WireReply;

/**
 * A request the core took from a wire, with oslo's reply rule: a call gets exactly one final reply, heartbeats
 * only before it, casts get nothing. Replies travel back through the wire that delivered the request.
 */
final class WireIncomingMessage implements RpcIncomingMessage {
    private final TransportWire wire;
    private final Map<String, Object> context;
    private final Map<String, Object> message;
    private final String msgId;
    private final String replyQ;
    private final Integer clientTimeout;
    private final AtomicBoolean answered = new AtomicBoolean();

    WireIncomingMessage(TransportWire wire, Map<String, Object> context, Map<String, Object> message, String msgId,
                        String replyQ, Integer clientTimeout) {
        this.wire = wire;
        this.context = context;
        this.message = message;
        this.msgId = msgId;
        this.replyQ = replyQ;
        this.clientTimeout = clientTimeout;
    }

    @Override
    public final Map<String, Object> context() {
        return context;
    }

    @Override
    public final Map<String, Object> message() {
        return message;
    }

    @Override
    public final boolean expectsReply() {
        return msgId != null && !msgId.isEmpty() && replyQ != null;
    }

    @Override
    public final Integer clientTimeout() {
        return clientTimeout;
    }

    @Override
    public final void reply(Object result) {
        sendFinal(result, null);
    }

    @Override
    public final void replyFailure(RemoteFailure failure) {
        sendFinal(null, failure);
    }

    @Override
    public final void heartbeat() {
        if (expectsReply() && !answered.get()) {
            sendReply(null, null, false);
        }
    }

    private void sendFinal(Object result, RemoteFailure failure) {
        if (!expectsReply() || !answered.compareAndSet(false, true)) {
            return;
        }
        try {
            sendReply(result, failure, true);
        } catch (RuntimeException e) {
            // nothing went out (e.g. a result that cannot be encoded): leave room for the failure reply
            answered.set(false);
            throw e;
        }
    }

    /** Sends one reply ({@code ending=false} is a call-monitor heartbeat) to the caller's reply address. */
    private void sendReply(Object result, RemoteFailure failure, boolean ending) {
        wire.publishReply(replyQ, new WireReply(msgId, result,
                failure == null ? null : OsloMessages.serializeFailure(failure), ending, null));
    }
}
