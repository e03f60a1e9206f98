package org.jnova.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;

/** The Java twins of oslo_peer.py's endpoints, served by jnova's RPC engine for Python clients. */
final class InteropEndpoints {
    private InteropEndpoints() {
    }

    /** Version 1.2, no namespace: add, echo, context, record/recorded_values, failures, slow, _hidden. */
    static RpcEndpoint test() {
        List<Object> recorded = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, RpcMethod> m = new LinkedHashMap<>();
        m.put("add", (ctx, a) -> ((Number) a.required("a")).longValue() + ((Number) a.required("b")).longValue());
        m.put("echo", (ctx, a) -> a.required("x"));
        m.put("context", (ctx, a) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String k : List.of("request_id", "global_request_id", "user_id")) {
                out.put(k, ctx.get(k));
            }
            return out;
        });
        m.put("record", (ctx, a) -> {
            recorded.add(a.required("value"));
            return null;
        });
        m.put("recorded_values", (ctx, a) -> new ArrayList<>(recorded));
        m.put("nova_fail", (ctx, a) -> {
            throw new InstanceNotFound("i-9");
        });
        m.put("java_fail", (ctx, a) -> {
            throw new IllegalStateException("java says no");
        });
        m.put("slow", (ctx, a) -> {
            Thread.sleep((long) (((Number) a.required("seconds")).doubleValue() * 1000));
            return "slow-done";
        });
        m.put("_hidden", (ctx, a) -> "must not be reachable");
        return endpoint(Target.endpoint(null, "1.2"), m);
    }

    /** Namespace ns1, version 2.0: which. */
    static RpcEndpoint namespaced() {
        return endpoint(Target.endpoint("ns1", "2.0"), Map.of("which", (ctx, a) -> "ns1"));
    }

    private static RpcEndpoint endpoint(Target target, Map<String, RpcMethod> methods) {
        return new RpcEndpoint() {
            @Override
            public Target target() {
                return target;
            }

            @Override
            public Map<String, RpcMethod> methods() {
                return methods;
            }
        };
    }
}
