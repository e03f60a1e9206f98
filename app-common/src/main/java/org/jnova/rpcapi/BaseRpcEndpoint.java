package org.jnova.rpcapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;

/** Nova's {@code baserpc.BaseRPCAPI} (namespace {@code baseapi}, version 1.1): ping and get_backdoor_port. */
public final class BaseRpcEndpoint implements RpcEndpoint {
    private final Target target = Target.endpoint(BaseRpcClient.NAMESPACE, "1.1");
    private final Map<String, RpcMethod> methods;

    /** @param serviceName the manager's service name: {@code compute}, {@code conductor} ... */
    public BaseRpcEndpoint(String serviceName) {
        Map<String, RpcMethod> m = new LinkedHashMap<>();
        m.put("ping", (ctx, args) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("service", serviceName);
            out.put("arg", args.required("arg"));
            return out;
        });
        // jnova has no eventlet backdoor
        m.put("get_backdoor_port", (ctx, args) -> null);
        this.methods = Map.copyOf(m);
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return methods;
    }
}
