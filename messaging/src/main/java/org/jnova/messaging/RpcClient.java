package org.jnova.messaging;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jnova.domain.objects.ObjectSerializer;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.RpcVersion;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.ports.transport.RemoteFailureException;

/**
 * oslo's {@code RPCClient} and its prepared call context in one immutable type: every {@code with*}
 * returns a copy. Arguments go through {@link ObjectSerializer#serializeEntity}, the context through
 * {@link RequestContext#toDict()}; results come back through {@link ObjectSerializer#deserializeEntity}.
 */
public final class RpcClient implements CallContext {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final RpcTransport transport;
    private final Target target;
    private final Duration timeout;
    private final Integer callMonitorTimeout;
    private final Integer retry;
    private final String versionCap;

    RpcClient(RpcTransport transport, Target target, Duration timeout, Integer callMonitorTimeout, Integer retry,
              String versionCap) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.target = Objects.requireNonNull(target, "target");
        this.timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        this.callMonitorTimeout = callMonitorTimeout;
        this.retry = retry;
        this.versionCap = versionCap;
    }

    public Target target() {
        return target;
    }

    public Duration timeout() {
        return timeout;
    }

    public Integer callMonitorTimeout() {
        return callMonitorTimeout;
    }

    public String versionCap() {
        return versionCap;
    }

    private RpcClient with(Target t) {
        return new RpcClient(transport, t, timeout, callMonitorTimeout, retry, versionCap);
    }

    @Override
    public RpcClient withServer(String server) {
        return with(target.withServer(server));
    }

    @Override
    public RpcClient withTopic(String topic) {
        return with(target.withTopic(topic));
    }

    @Override
    public RpcClient withNamespace(String namespace) {
        return with(target.withNamespace(namespace));
    }

    /** A version must be "X.Y" or "X.Y.Z" ({@code MessagingException} in oslo). */
    @Override
    public RpcClient withVersion(String version) {
        if (version != null) {
            RpcVersion.parse(version);
        }
        return with(target.withVersion(version));
    }

    @Override
    public RpcClient withFanout(boolean fanout) {
        return with(target.withFanout(fanout));
    }

    @Override
    public RpcClient withTimeout(Duration t) {
        return new RpcClient(transport, target, t, callMonitorTimeout, retry, versionCap);
    }

    @Override
    public RpcClient withCallMonitorTimeout(Integer seconds) {
        return new RpcClient(transport, target, timeout, seconds, retry, versionCap);
    }

    @Override
    public RpcClient withRetry(Integer r) {
        return new RpcClient(transport, target, timeout, callMonitorTimeout, r, versionCap);
    }

    public RpcClient withVersionCap(String cap) {
        if (cap != null) {
            RpcVersion.parse(cap);
        }
        return new RpcClient(transport, target, timeout, callMonitorTimeout, retry, cap);
    }

    @Override
    public boolean canSendVersion(String version) {
        if (versionCap == null) {
            return true;
        }
        return version != null && RpcVersion.parse(versionCap).canServe(RpcVersion.parse(version));
    }

    @Override
    public Object call(RequestContext context, String method, Map<String, Object> args) {
        return ObjectSerializer.deserializeEntity(callPrimitive(context, method, args));
    }

    /**
     * Calls and returns the result as it came off the wire (object primitives not hydrated), for callers
     * that must interpret primitives themselves, such as {@code object_action}'s updates.
     */
    public Object callPrimitive(RequestContext context, String method, Map<String, Object> args) {
        transport.checkCallTarget(target);
        Map<String, Object> message = message(method, args);
        try {
            return transport.driver().call(target, context.toDict(), message,
                    new CallOptions(timeout, callMonitorTimeout, retry));
        } catch (RemoteFailureException e) {
            throw RemoteFailures.toException(e.failure());
        }
    }

    @Override
    public void cast(RequestContext context, String method, Map<String, Object> args) {
        transport.checkSendTarget(target);
        Map<String, Object> message = message(method, args);
        transport.driver().send(target, context.toDict(), message, new SendOptions(retry, false));
    }

    /** {@code _make_message}: method, args, then namespace and version when set; checks the version cap. */
    private Map<String, Object> message(String method, Map<String, Object> args) {
        if (method == null || method.isEmpty()) {
            throw new IllegalArgumentException("an RPC method name is required");
        }
        if (versionCap != null && !canSendVersion(target.version())) {
            throw new RpcVersionCapError(target.version(), versionCap);
        }
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("method", method);
        Object serialized = ObjectSerializer.serializeEntity(args == null ? Map.of() : args);
        msg.put("args", serialized);
        if (target.namespace() != null) {
            msg.put("namespace", target.namespace());
        }
        if (target.version() != null) {
            msg.put("version", target.version());
        }
        return msg;
    }

    @Override
    public String toString() {
        return "RpcClient[" + target + ", cap=" + versionCap + "]";
    }
}
