package org.jnova.domain.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Python's {@code repr()} of plain data, as Nova's exception messages embed it
 * ({@code Expected: {'task_state': ['powering-off']}}): dicts, lists, sets, strings with Python's quote
 * choice and escapes, ints, float repr, True/False/None.
 */
public final class PyRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyRepr() {
    }

    public static String repr(Object value) {
        StringBuilder sb = new StringBuilder(64);
        write(sb, value);
        return sb.toString();
    }

    /** Python's {@code str(value)}: a string as it is, anything else as its repr. */
    public static String str(Object value) {
        return value instanceof String s ? s : repr(value);
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof String s) {
            writeString(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            sb.append(PyFloat.pythonRepr(((Number) v).doubleValue()));
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                write(sb, e.getKey());
                sb.append(": ");
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Set<?> set) {
            if (set.isEmpty()) {
                sb.append("set()");
            } else {
                writeItems(sb, set, '{', '}');
            }
        } else if (v instanceof Collection<?> c) {
            writeItems(sb, c, '[', ']');
        } else if (v instanceof WirePrimitive p) {
            write(sb, p.toWirePrimitive());
        } else if (v instanceof UUID u) {
            sb.append("UUID('").append(u).append("')");
        } else if (PyDateTime.isDateTime(v)) {
            writeDateTime(sb, v);
        } else if (v instanceof Enum<?> || v instanceof CharSequence || v instanceof Character) {
            writeString(sb, v.toString());
        } else {
            sb.append(v);
        }
    }

    private static void writeItems(StringBuilder sb, Collection<?> c, char open, char close) {
        sb.append(open);
        boolean first = true;
        for (Object o : c) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            write(sb, o);
        }
        sb.append(close);
    }

    /** {@code datetime.datetime(2024, 1, 2, 3, 4, 5, 6)}; trailing zero seconds/microseconds are left out. */
    private static void writeDateTime(StringBuilder sb, Object v) {
        LocalDateTime t = v instanceof java.time.Instant i ? LocalDateTime.ofInstant(i, ZoneOffset.UTC)
                : LocalDateTime.parse(PyDateTime.toPrimitive(v));
        int micros = t.getNano() / 1000;
        sb.append("datetime.datetime(").append(t.getYear()).append(", ").append(t.getMonthValue()).append(", ")
                .append(t.getDayOfMonth()).append(", ").append(t.getHour()).append(", ").append(t.getMinute());
        if (t.getSecond() != 0 || micros != 0) {
            sb.append(", ").append(t.getSecond());
        }
        if (micros != 0) {
            sb.append(", ").append(micros);
        }
        sb.append(')');
    }

    /** Python quotes with ' unless the text has a ' and no ". */
    static void writeString(StringBuilder sb, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == ' ' || (cp >= 0x21 && cp < 0x7f) || (cp > 0x7f && isPrintable(cp))) {
                sb.appendCodePoint(cp);
            } else if (cp < 0x100) {
                sb.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xf]);
            } else if (cp < 0x10000) {
                sb.append("\\u");
                hex(sb, cp, 4);
            } else {
                sb.append("\\U");
                hex(sb, cp, 8);
            }
        }
        sb.append(quote);
    }

    /** {@code str.isprintable()}: not a control, format, surrogate, private, unassigned or separator char. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static void hex(StringBuilder sb, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >> shift) & 0xf]);
        }
    }
}
