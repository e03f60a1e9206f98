package org.jnova.conductor.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jnova.messaging.RpcArgumentException;

/**
 * A Python method signature (after {@code cls}/{@code self} and {@code context}) used to bind the
 * {@code args} list and {@code kwargs} dict of an object call the way Python would: positionals in
 * order, keywords by name, a duplicate, an unknown keyword or a missing required parameter is a
 * {@code TypeError}.
 */
public final class PySignature {
    private final String method;
    private final List<String> params = new ArrayList<>();
    private final Set<String> required = new LinkedHashSet<>();

    /** Parameters as Python writes them: {@code "host"} is required, {@code "use_slave="} optional. */
    public static PySignature of(String method, String... params) {
        PySignature s = new PySignature(method);
        for (String p : params) {
            if (p.endsWith("=")) {
                s.params.add(p.substring(0, p.length() - 1));
            } else {
                s.params.add(p);
                s.required.add(p);
            }
        }
        return s;
    }

    private PySignature(String method) {
        this.method = method;
    }

    public String method() {
        return method;
    }

    /** Binds a call's arguments; absent optional parameters are simply absent from the result. */
    public PyArgs bind(List<?> args, Map<String, ?> kwargs) {
        List<?> positional = args == null ? List.of() : args;
        Map<String, ?> keywords = kwargs == null ? Map.of() : kwargs;
        if (positional.size() > params.size()) {
            throw new RpcArgumentException(method + "() takes " + params.size() + " positional arguments but "
                    + positional.size() + " were given");
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (int i = 0; i < positional.size(); i++) {
            bound.put(params.get(i), positional.get(i));
        }
        for (Map.Entry<String, ?> e : keywords.entrySet()) {
            if (!params.contains(e.getKey())) {
                throw new RpcArgumentException(method + "() got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (bound.containsKey(e.getKey())) {
                throw new RpcArgumentException(method + "() got multiple values for argument '" + e.getKey() + "'");
            }
            bound.put(e.getKey(), e.getValue());
        }
        for (String r : required) {
            if (!bound.containsKey(r)) {
                throw new RpcArgumentException(method + "() missing 1 required positional argument: '" + r + "'");
            }
        }
        return new PyArgs(method, bound);
    }
}
