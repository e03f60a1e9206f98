package org.jnova.messaging.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;

/** The kit's endpoint on one server: echo, sleep, a typed failure, and a record of what each server handled. */
final class KitEndpoint implements RpcEndpoint {
    /** What every server handled, by server name, in arrival order (tests read it while servers append). */
    static final class Handled {
        private final Map<String, List<Object>> byServer = new ConcurrentHashMap<>();

        void add(String server, Object value) {
            byServer.computeIfAbsent(server, k -> new CopyOnWriteArrayList<>()).add(value);
        }

        List<Object> of(String server) {
            return byServer.getOrDefault(server, List.of());
        }

        int total() {
            return byServer.values().stream().mapToInt(List::size).sum();
        }
    }

    private final Target target;
    private final Map<String, RpcMethod> methods = new LinkedHashMap<>();

    KitEndpoint(String server, String namespace, String version, Handled handled) {
        this.target = Target.endpoint(namespace, version);
        methods.put("echo", (ctx, a) -> {
            handled.add(server, a.get("v"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("server", server);
            out.put("v", a.get("v"));
            out.put("request_id", ctx.requestId());
            return out;
        });
        methods.put("sleep", (ctx, a) -> {
            Thread.sleep(a.integer("ms"));
            handled.add(server, "slept " + a.integer("ms"));
            return "slept";
        });
        methods.put("not_found", (ctx, a) -> {
            throw new InstanceNotFound(a.string("id"));
        });
        methods.put("_private", (ctx, a) -> "must never run");
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
