package org.jnova.adapter.transport.rabbit;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.ports.transport.RpcIncomingMessage;

/** One received request; replies go to its {@code _reply_q} and only the first final reply is sent. */
final class RabbitIncomingMessage implements RpcIncomingMessage {
    private final Map<String, Object> context;
    private final Map<String, Object> message;
    private final String msgId;
    private final String replyQ;
    private final Integer clientTimeout;
    private final ReplySender replies;
    private final AtomicBoolean answered = new AtomicBoolean();

    RabbitIncomingMessage(Map<String, Object> context, Map<String, Object> message, String msgId, String replyQ,
                          Integer clientTimeout, ReplySender replies) {
        this.context = context;
        this.message = message;
        this.msgId = msgId;
        this.replyQ = replyQ;
        this.clientTimeout = clientTimeout;
        this.replies = replies;
    }

    @Override
    public Map<String, Object> context() {
        return context;
    }

    @Override
    public Map<String, Object> message() {
        return message;
    }

    @Override
    public boolean expectsReply() {
        return msgId != null && !msgId.isEmpty() && replyQ != null;
    }

    @Override
    public Integer clientTimeout() {
        return clientTimeout;
    }

    @Override
    public void reply(Object result) {
        if (expectsReply() && answered.compareAndSet(false, true)) {
            replies.reply(replyQ, msgId, result, null);
        }
    }

    @Override
    public void replyFailure(RemoteFailure failure) {
        if (expectsReply() && answered.compareAndSet(false, true)) {
            replies.reply(replyQ, msgId, null, failure);
        }
    }

    @Override
    public void heartbeat() {
        if (expectsReply() && !answered.get()) {
            replies.heartbeat(replyQ, msgId);
        }
    }
}
