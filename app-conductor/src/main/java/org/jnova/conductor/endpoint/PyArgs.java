package org.jnova.conductor.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jnova.messaging.RpcArgumentException;

/** Arguments bound by a {@link PySignature}: typed getters whose errors name the method and parameter. */
public final class PyArgs {
    private final String method;
    private final Map<String, Object> values;

    PyArgs(String method, Map<String, Object> values) {
        this.method = method;
        this.values = values;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when absent or None. */
    public Object get(String name) {
        return values.get(name);
    }

    public String string(String name) {
        Object v = values.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrongType(name, "a string", v);
    }

    public String requiredString(String name) {
        String s = string(name);
        if (s == null) {
            throw new RpcArgumentException(method + "() argument '" + name + "' must not be None");
        }
        return s;
    }

    public Integer integer(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw wrongType(name, "an integer", v);
    }

    /** Python truthiness of the value, {@code dflt} when absent. */
    public boolean bool(String name, boolean dflt) {
        if (!values.containsKey(name)) {
            return dflt;
        }
        Object v = values.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        throw wrongType(name, "a boolean", v);
    }

    /** A list of strings (a single string is one element), or null when absent or None. */
    public List<String> strings(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>(l.size());
            for (Object o : l) {
                if (o != null && !(o instanceof String)) {
                    throw wrongType(name, "a list of strings", v);
                }
                out.add((String) o);
            }
            return out;
        }
        throw wrongType(name, "a list of strings", v);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> dict(String name) {
        Object v = values.get(name);
        if (v == null || v instanceof Map<?, ?>) {
            return (Map<String, Object>) v;
        }
        throw wrongType(name, "a dict", v);
    }

    private RpcArgumentException wrongType(String name, String expected, Object v) {
        return new RpcArgumentException(method + "() argument '" + name + "' must be " + expected + ", got "
                + v.getClass().getSimpleName() + " " + v);
    }
}
