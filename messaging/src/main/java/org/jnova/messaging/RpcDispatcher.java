package org.jnova.messaging;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jnova.domain.objects.ObjectSerializer;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.RpcVersion;
import org.jnova.domain.rpc.Target;

/**
 * oslo's {@code RPCDispatcher} with the default access policy: endpoints are tried in order; the first
 * whose namespace equals the message's and whose version can serve the requested one, and that has the
 * method, runs it. A compatible endpoint without the method (or a name starting with {@code _}) gives
 * {@link NoSuchMethod}; no compatible endpoint gives {@link UnsupportedVersion}.
 */
public final class RpcDispatcher {
    /** An endpoint with its namespace and served version, parsed once rather than per message. */
    private record Served(RpcEndpoint endpoint, String namespace, RpcVersion version) {
        static Served of(RpcEndpoint endpoint) {
            Target t = endpoint.target();
            return new Served(endpoint, t == null ? null : t.namespace(),
                    t == null || t.version() == null ? RpcVersion.DEFAULT : RpcVersion.parse(t.version()));
        }
    }

    private final List<Served> endpoints;

    public RpcDispatcher(List<RpcEndpoint> endpoints) {
        this.endpoints = endpoints.stream().map(Served::of).toList();
    }

    /**
     * Dispatches one request and returns the serialized (JSON-ready) result. Exceptions thrown by the
     * method propagate unchanged; the caller turns them into failures.
     *
     * @param context the unpacked {@code _context_*} dict
     * @param message {@code method}, {@code args}, optional {@code namespace} and {@code version}
     */
    public Object dispatch(Map<String, Object> context, Map<String, Object> message) throws Exception {
        Object m = message.get("method");
        if (!(m instanceof String method) || method.isEmpty()) {
            throw new RpcArgumentException("RPC message has no method name");
        }
        Object ns = message.get("namespace");
        String namespace = ns == null ? null : ns.toString();
        Object v = message.get("version");
        String versionText = v == null ? "1.0" : v.toString();
        RpcVersion requested = RpcVersion.parse(versionText);
        RpcMethod target = null;
        boolean compatible = false;
        for (Served served : endpoints) {
            if (!Objects.equals(served.namespace(), namespace) || !served.version().canServe(requested)) {
                continue;
            }
            compatible = true;
            if (!method.startsWith("_")) {
                target = served.endpoint().methods().get(method);
            }
            if (target != null) {
                break;
            }
        }
        if (target == null) {
            throw compatible ? NoSuchMethod.forMethod(method) : UnsupportedVersion.forRequest(versionText, method);
        }
        RpcArgs args = new RpcArgs(method, arguments(method, message.get("args")));
        Object result = target.invoke(RequestContext.fromDict(context), args);
        return ObjectSerializer.serializeEntity(result);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(String method, Object raw) {
        if (raw == null) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?>)) {
            throw new RpcArgumentException(method + "() argument after ** must be a mapping, not "
                    + raw.getClass().getSimpleName());
        }
        Object hydrated = ObjectSerializer.deserializeEntity(raw);
        return (Map<String, Object>) hydrated;
    }
}
