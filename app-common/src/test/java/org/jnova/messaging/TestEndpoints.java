package org.jnova.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.rpc.Target;

/** Small endpoints for engine tests. */
final class TestEndpoints {
    private TestEndpoints() {
    }

    static RpcEndpoint of(String namespace, String version, Map<String, RpcMethod> methods) {
        Target t = Target.endpoint(namespace, version);
        Map<String, RpcMethod> copy = new LinkedHashMap<>(methods);
        return new RpcEndpoint() {
            @Override
            public Target target() {
                return t;
            }

            @Override
            public Map<String, RpcMethod> methods() {
                return copy;
            }
        };
    }
}
