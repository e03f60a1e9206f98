package org.jnova.ports.transport;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jnova.domain.rpc.RemoteFailure;

/**
 * What every driver's {@link RpcIncomingMessage} shares: the request's fields and oslo's reply rule — a
 * call gets exactly one final reply, heartbeats only before it, casts get nothing. A driver supplies only
 * how one reply travels ({@link #sendReply}).
 */
public abstract class BaseRpcIncomingMessage implements RpcIncomingMessage {
    private final Map<String, Object> context;
    private final Map<String, Object> message;
    private final String msgId;
    private final String replyQ;
    private final Integer clientTimeout;
    private final AtomicBoolean answered = new AtomicBoolean();

    protected BaseRpcIncomingMessage(Map<String, Object> context, Map<String, Object> message, String msgId,
                                     String replyQ, Integer clientTimeout) {
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

    /** The request's {@code _msg_id}, echoed in every reply. */
    protected final String msgId() {
        return msgId;
    }

    /** The caller's reply queue ({@code _reply_q}). */
    protected final String replyQ() {
        return replyQ;
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

    /** Encodes and sends one reply ({@code ending=false} is a call-monitor heartbeat) to {@link #replyQ()}. */
    protected abstract void sendReply(Object result, RemoteFailure failure, boolean ending);
}
