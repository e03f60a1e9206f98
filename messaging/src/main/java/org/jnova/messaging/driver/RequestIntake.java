package org.jnova.messaging.driver;

import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.RpcRequestRules;
import org.jnova.domain.wire.UniqueIdCache;
import org.jnova.ports.transport.wire.RequestSink;
import org.jnova.ports.transport.wire.TransportWire;
import org.jnova.ports.transport.wire.WireReply;
import org.jnova.ports.transport.wire.WireRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one subscription's requests enter the core, whatever wire carried them: each is checked against
 * {@link RpcRequestRules}, deduplicated by {@code _unique_id} (oslo's per-listener cache), and handed to the RPC
 * server. A request that breaks a rule is dropped with its reason (rate-limited) and, when it still names a reply
 * address, its caller gets a ValueError instead of waiting for its timeout.
 */
final class RequestIntake implements RequestSink {
    private static final Logger LOG = LoggerFactory.getLogger(RequestIntake.class);

    private final TransportWire wire;
    private final IncomingHandler handler;
    private final UniqueIdCache recent = new UniqueIdCache();
    private final DropLog drops = DropLog.standard(LOG);

    RequestIntake(TransportWire wire, IncomingHandler handler) {
        this.wire = wire;
        this.handler = handler;
    }

    @Override
    public void deliver(WireRequest request, String source) {
        Map<String, Object> message;
        Integer clientTimeout;
        try {
            message = RpcRequestRules.check(request.message(), request.msgId(), request.replyAddress());
            clientTimeout = timeoutOf(request.callMonitorTimeout());
        } catch (MalformedMessageException e) {
            reject(source, e.getMessage(), request.msgId(), request.replyAddress());
            return;
        }
        if (recent.seenBefore(request.uniqueId())) {
            LOG.info("duplicate message {} on {} dropped", request.uniqueId(), source);
            return;
        }
        try {
            handler.onMessage(new WireIncomingMessage(wire, request.context() == null ? Map.of() : request.context(),
                    message, request.msgId(), request.replyAddress(), clientTimeout));
        } catch (RuntimeException e) {
            LOG.error("RPC handler failed on a message from {}", source, e);
        }
    }

    @Override
    public void reject(String source, String reason, String msgId, String replyAddress) {
        drops.dropped("a message on " + source, reason);
        if (msgId == null || msgId.isEmpty() || replyAddress == null || replyAddress.isEmpty()) {
            return;
        }
        RemoteFailure failure = new RemoteFailure("ValueError", "builtins", "malformed RPC request: " + reason,
                List.of("malformed RPC request: " + reason + "\n"), List.of(reason), Map.of());
        wire.publishReply(replyAddress, new WireReply(msgId, null, OsloMessages.serializeFailure(failure), true, null));
    }

    /** Requests dropped so far for breaking a rule or failing to decode. */
    long rejected() {
        return drops.total();
    }

    private static Integer timeoutOf(Object t) {
        if (t == null) {
            return null;
        }
        if (t instanceof Number n) {
            return n.intValue();
        }
        throw new MalformedMessageException("call-monitor timeout is not a number: " + t);
    }
}
