package org.jnova.adapter.transport.rabbit;

import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.ports.transport.BaseRpcIncomingMessage;

/** One received request; replies go to its {@code _reply_q} through the driver's reply sender. */
final class RabbitIncomingMessage extends BaseRpcIncomingMessage {
    private final ReplySender replies;

    RabbitIncomingMessage(Map<String, Object> context, Map<String, Object> message, String msgId, String replyQ,
                          Integer clientTimeout, ReplySender replies) {
        super(context, message, msgId, replyQ, clientTimeout);
        this.replies = replies;
    }

    @Override
    protected void sendReply(Object result, RemoteFailure failure, boolean ending) {
        if (ending) {
            replies.reply(replyQ(), msgId(), result, failure);
        } else {
            replies.heartbeat(replyQ(), msgId());
        }
    }
}
