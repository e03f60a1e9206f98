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

    /**
     * The printable characters Unicode 14.0 assigned (Python 3.11's database) that Java 17's Unicode 13.0
     * still calls unassigned: first and last code point of each range, in order.
     */
    private static final int[] UNICODE_14_PRINTABLE = {
            0x61d, 0x61d, 0x870, 0x88e, 0x898, 0x89f, 0x8b5, 0x8b5, 0x8c8, 0x8d2, 0xc3c, 0xc3c, 0xc5d, 0xc5d,
            0xcdd, 0xcdd, 0x170d, 0x170d, 0x1715, 0x1715, 0x171f, 0x171f, 0x180f, 0x180f, 0x1ac1, 0x1ace,
            0x1b4c, 0x1b4c, 0x1b7d, 0x1b7e, 0x1dfa, 0x1dfa, 0x20c0, 0x20c0, 0x2c2f, 0x2c2f, 0x2c5f, 0x2c5f,
            0x2e53, 0x2e5d, 0x9ffd, 0x9fff, 0xa7c0, 0xa7c1, 0xa7d0, 0xa7d1, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d9,
            0xa7f2, 0xa7f4, 0xfbc2, 0xfbc2, 0xfd40, 0xfd4f, 0xfdcf, 0xfdcf, 0xfdfe, 0xfdff, 0x10570, 0x1057a,
            0x1057c, 0x1058a, 0x1058c, 0x10592, 0x10594, 0x10595, 0x10597, 0x105a1, 0x105a3, 0x105b1,
            0x105b3, 0x105b9, 0x105bb, 0x105bc, 0x10780, 0x10785, 0x10787, 0x107b0, 0x107b2, 0x107ba,
            0x10f70, 0x10f89, 0x11070, 0x11075, 0x110c2, 0x110c2, 0x116b9, 0x116b9, 0x11740, 0x11746,
            0x11ab0, 0x11abf, 0x12f90, 0x12ff2, 0x16a70, 0x16abe, 0x16ac0, 0x16ac9, 0x1aff0, 0x1aff3,
            0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b11f, 0x1b122, 0x1cf00, 0x1cf2d, 0x1cf30, 0x1cf46,
            0x1cf50, 0x1cfc3, 0x1d1e9, 0x1d1ea, 0x1df00, 0x1df1e, 0x1e290, 0x1e2ae, 0x1e7e0, 0x1e7e6,
            0x1e7e8, 0x1e7eb, 0x1e7ed, 0x1e7ee, 0x1e7f0, 0x1e7fe, 0x1f6dd, 0x1f6df, 0x1f7f0, 0x1f7f0,
            0x1f979, 0x1f979, 0x1f9cc, 0x1f9cc, 0x1fa7b, 0x1fa7c, 0x1faa9, 0x1faac, 0x1fab7, 0x1faba,
            0x1fac3, 0x1fac5, 0x1fad7, 0x1fad9, 0x1fae0, 0x1fae7, 0x1faf0, 0x1faf6, 0x2a6de, 0x2a6df,
            0x2b735, 0x2b738
    };

    /** {@code str.isprintable()}: not a control, format, surrogate, private, unassigned or separator char. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.UNASSIGNED:
                return inUnicode14(cp);
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static boolean inUnicode14(int cp) {
        for (int i = 0; i < UNICODE_14_PRINTABLE.length && UNICODE_14_PRINTABLE[i] <= cp; i += 2) {
            if (cp <= UNICODE_14_PRINTABLE[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static void hex(StringBuilder sb, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >> shift) & 0xf]);
        }
    }
}
