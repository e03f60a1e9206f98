package org.jnova.rpcapi;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcClient;
import org.jnova.messaging.RpcTransport;

/** Nova's {@code baserpc.BaseAPI}: the {@code baseapi} namespace every service serves on its topic. */
public final class BaseRpcClient {
    public static final String NAMESPACE = "baseapi";

    private final RpcClient client;

    public BaseRpcClient(RpcTransport transport, String topic, Duration rpcResponseTimeout) {
        this(transport, topic, null, rpcResponseTimeout);
    }

    /** @param upgradeLevel {@code [upgrade_levels] baseapi}: a literal "X.Y" cap (there are no release aliases) */
    public BaseRpcClient(RpcTransport transport, String topic, String upgradeLevel, Duration rpcResponseTimeout) {
        String cap = UpgradeLevels.versionCap("baseapi", upgradeLevel, java.util.Map.of());
        this.client = transport.client(new Target(null, topic, null, NAMESPACE, "1.0", false), rpcResponseTimeout,
                cap);
    }

    /**
     * {@code ping(ctxt, arg, timeout)}: a call to the topic (any server answers), version 1.0; returns
     * {@code {"service": <name>, "arg": <arg>}}. A null timeout means {@code rpc_response_timeout}.
     */
    public Object ping(RequestContext ctx, Object arg, Duration timeout) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("arg", arg);
        RpcClient c = timeout == null ? client : client.withTimeout(timeout);
        return c.call(ctx, "ping", args);
    }

    /** {@code get_backdoor_port(ctxt, host)}: version 1.1 to one server; jnova services answer null. */
    public Object getBackdoorPort(RequestContext ctx, String host) {
        return client.withVersion("1.1").withServer(host).call(ctx, "get_backdoor_port", new LinkedHashMap<>());
    }
}
