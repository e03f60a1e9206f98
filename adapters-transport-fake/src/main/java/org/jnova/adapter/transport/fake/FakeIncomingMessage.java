package org.jnova.adapter.transport.fake;

import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.BaseRpcIncomingMessage;

/** A decoded request; replies are enveloped and routed to the caller's reply queue by name. */
final class FakeIncomingMessage extends BaseRpcIncomingMessage {
    private final FakeBus bus;

    FakeIncomingMessage(FakeBus bus, Map<String, Object> context, Map<String, Object> message, String msgId,
                        String replyQ, Integer clientTimeout) {
        super(context, message, msgId, replyQ, clientTimeout);
        this.bus = bus;
    }

    @Override
    protected void sendReply(Object result, RemoteFailure failure, boolean ending) {
        String failureJson = failure == null ? null : OsloMessages.serializeFailure(failure);
        bus.sendReply(replyQ(), msgId(),
                OsloEnvelope.serializeToBytes(OsloMessages.reply(result, failureJson, ending, msgId())));
    }
}
