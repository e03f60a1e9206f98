package org.jnova.adapter.transport.fake;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.RpcIncomingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A decoded request; replies are enveloped and routed to the caller's reply queue by name. */
final class FakeIncomingMessage implements RpcIncomingMessage {
    private static final Logger LOG = LoggerFactory.getLogger(FakeIncomingMessage.class);

    private final FakeBus bus;
    private final Map<String, Object> context;
    private final Map<String, Object> message;
    private final String msgId;
    private final String replyQ;
    private final Integer clientTimeout;
    private final AtomicBoolean replied = new AtomicBoolean();

    FakeIncomingMessage(FakeBus bus, Map<String, Object> context, Map<String, Object> message, String msgId,
                        String replyQ, Integer clientTimeout) {
        this.bus = bus;
        this.context = context;
        this.message = message;
        this.msgId = msgId;
        this.replyQ = replyQ;
        this.clientTimeout = clientTimeout;
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
        if (expectsReply()) {
            // encode first: a result that cannot be encoded must still leave room for a failure reply
            sendFinal(OsloEnvelope.serializeToBytes(OsloMessages.reply(result, null, true, msgId)));
        }
    }

    @Override
    public void replyFailure(RemoteFailure failure) {
        if (expectsReply()) {
            sendFinal(OsloEnvelope.serializeToBytes(
                    OsloMessages.reply(null, OsloMessages.serializeFailure(failure), true, msgId)));
        }
    }

    @Override
    public void heartbeat() {
        if (expectsReply() && !replied.get()) {
            bus.sendReply(replyQ, msgId, OsloEnvelope.serializeToBytes(OsloMessages.reply(null, null, false, msgId)));
        }
    }

    /** A call gets exactly one final reply. */
    private void sendFinal(byte[] body) {
        if (!replied.compareAndSet(false, true)) {
            LOG.warn("second final reply to message {} ignored", msgId);
            return;
        }
        bus.sendReply(replyQ, msgId, body);
    }
}
