package org.jnova.domain.error;

import java.util.Map;
import org.jnova.domain.wire.PyRepr;

/**
 * Python's {@code msg_fmt % kwargs} for Nova messages: {@code %(name)s} is {@code str(value)} (strings
 * as is, other values as their Python repr), {@code %(name)d}/{@code %(name)i} an integer,
 * {@code %(name)r} the repr, {@code %%} a percent sign. A missing key leaves the format unformatted,
 * as NovaException does when formatting fails.
 */
final class PyFormat {
    private PyFormat() {
    }

    static String format(String fmt, Map<String, ?> kwargs) {
        StringBuilder sb = new StringBuilder(fmt.length() + 32);
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            char next = fmt.charAt(i + 1);
            if (next == '%') {
                sb.append('%');
                i += 2;
                continue;
            }
            int close = next == '(' ? fmt.indexOf(')', i + 2) : -1;
            if (close < 0 || close + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            String key = fmt.substring(i + 2, close);
            if (kwargs == null || !kwargs.containsKey(key)) {
                return fmt;
            }
            Object v = kwargs.get(key);
            char conv = fmt.charAt(close + 1);
            switch (conv) {
                case 'd', 'i' -> sb.append(v instanceof Number num ? Long.toString(num.longValue()) : str(v));
                case 'r' -> sb.append(PyRepr.repr(v));
                default -> sb.append(str(v));
            }
            i = close + 2;
        }
        return sb.toString();
    }

    /** Python {@code str()}: text as is, everything else as its repr. */
    static String str(Object v) {
        if (v instanceof CharSequence || v instanceof Enum<?> || v instanceof java.util.UUID) {
            return v.toString();
        }
        return PyRepr.repr(v);
    }
}
