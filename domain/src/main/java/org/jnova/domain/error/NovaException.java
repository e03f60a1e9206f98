package org.jnova.domain.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of Nova's own errors ({@code nova.exception.NovaException}). On the wire a failure carries the
 * class name, the module {@code nova.exception}, the message, {@code args=[message]} and {@code kwargs}
 * (always with {@code code}), so a Python caller rebuilds it as {@code klass(message, **kwargs)}.
 * Subclasses are named exactly like Nova's classes: the simple class name is the wire class name.
 */
public class NovaException extends RuntimeException {
    public static final String MODULE = "nova.exception";

    private final Map<String, Object> kwargs;

    public NovaException(String message) {
        this(message, 500, Map.of());
    }

    public NovaException(String message, int code, Map<String, ?> kwargs) {
        this(message, code, kwargs, null);
    }

    public NovaException(String message, int code, Map<String, ?> kwargs, Throwable cause) {
        super(message, cause);
        Map<String, Object> all = kwargs == null ? new LinkedHashMap<>() : new LinkedHashMap<>(kwargs);
        all.putIfAbsent("code", code);
        this.kwargs = Collections.unmodifiableMap(all);
    }

    /** The wire class name, e.g. {@code UnexpectedTaskStateError}. */
    public String novaClass() {
        return getClass().getSimpleName();
    }

    /** The wire module: {@code nova.exception}. */
    public String novaModule() {
        return MODULE;
    }

    /** The HTTP-ish code Nova attaches to the error (404, 409, 500 ...). */
    public int code() {
        Object c = kwargs.get("code");
        return c instanceof Number n ? n.intValue() : 500;
    }

    /** Keyword arguments, including {@code code}; what Python's constructor is called with. */
    public Map<String, Object> kwargs() {
        return kwargs;
    }

    /** An ordered kwargs map from name/value pairs (values may be null, unlike Map.of). */
    protected static Map<String, Object> kwargsOf(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    /** Python's {@code msg_fmt % kwargs}; see {@link PyFormat}. */
    protected static String format(String msgFmt, Map<String, ?> kwargs) {
        return PyFormat.format(msgFmt, kwargs);
    }

    /** Positional arguments on the wire: the formatted message. */
    public List<Object> args() {
        return java.util.Collections.singletonList(getMessage()); // Python: (message,), None allowed
    }
}
