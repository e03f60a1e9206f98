package org.jnova.messaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.objects.NovaObject;

/**
 * The keyword arguments of one request, already deserialized (object primitives are objects).
 * A missing required argument or a wrong type is an {@link RpcArgumentException}, which goes back to
 * the caller as Python's {@code TypeError}.
 */
public final class RpcArgs {
    private final String method;
    private final Map<String, Object> values;

    public RpcArgs(String method, Map<String, Object> values) {
        this.method = method;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The argument, or null if absent or None. */
    public Object get(String name) {
        return values.get(name);
    }

    /** The argument; absent is an error naming the method and argument. */
    public Object required(String name) {
        if (!values.containsKey(name)) {
            throw new RpcArgumentException(method + "() missing 1 required positional argument: '" + name + "'");
        }
        return values.get(name);
    }

    public String string(String name) {
        return typed(name, String.class, get(name));
    }

    public String requiredString(String name) {
        return typed(name, String.class, required(name));
    }

    public Integer integer(String name) {
        Object v = get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw new RpcArgumentException(method + "() argument '" + name + "' must be an integer, got " + v);
    }

    public boolean bool(String name, boolean dflt) {
        Object v = get(name);
        if (v == null) {
            return dflt;
        }
        return typed(name, Boolean.class, v);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> dict(String name) {
        return typed(name, Map.class, get(name));
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String name) {
        return typed(name, List.class, get(name));
    }

    /** A required object argument of the given class. */
    public <T extends NovaObject> T object(String name, Class<T> type) {
        Object v = required(name);
        if (!type.isInstance(v)) {
            throw new RpcArgumentException(method + "() argument '" + name + "' must be a "
                    + type.getSimpleName() + " object, got " + (v == null ? "None" : v.getClass().getSimpleName()));
        }
        return type.cast(v);
    }

    private <T> T typed(String name, Class<T> type, Object v) {
        if (v == null) {
            return null;
        }
        if (!type.isInstance(v)) {
            throw new RpcArgumentException(method + "() argument '" + name + "' must be "
                    + type.getSimpleName().toLowerCase() + ", got " + v.getClass().getSimpleName());
        }
        return type.cast(v);
    }
}
