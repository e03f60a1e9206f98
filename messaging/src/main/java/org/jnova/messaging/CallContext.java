package org.jnova.messaging;

import java.time.Duration;
import java.util.Map;
import org.jnova.domain.rpc.RequestContext;

/**
 * A prepared client ({@code RPCClient.prepare()}): each {@code with*} returns a new context, the
 * original is unchanged. Arguments may contain {@link org.jnova.domain.objects.NovaObject}s (they are
 * sent as primitives); results come back with object primitives hydrated.
 */
public interface CallContext {
    CallContext withServer(String server);

    CallContext withTopic(String topic);

    CallContext withNamespace(String namespace);

    CallContext withVersion(String version);

    CallContext withFanout(boolean fanout);

    CallContext withTimeout(Duration timeout);

    CallContext withCallMonitorTimeout(Integer seconds);

    CallContext withRetry(Integer retry);

    /** Whether the version cap allows sending this version. */
    boolean canSendVersion(String version);

    /**
     * Calls and waits. Remote Nova errors come back as their {@code org.jnova.domain.error} class, oslo's
     * as {@link RemoteError} subclasses; a timeout is a
     * {@link org.jnova.ports.transport.MessagingTimeoutException}.
     */
    Object call(RequestContext context, String method, Map<String, Object> args);

    /** Casts; returns once the transport accepted the message. */
    void cast(RequestContext context, String method, Map<String, Object> args);
}
