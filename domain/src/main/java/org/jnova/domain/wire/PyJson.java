package org.jnova.domain.wire;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JSON exactly as Python's default {@code json.dumps} writes it (", " and ": " separators, ASCII only
 * with lowercase {@code \u00e9} escapes, floats as {@code repr}) plus the conversions of oslo's
 * {@code jsonutils.to_primitive}, and a {@code json.loads} that yields LinkedHashMap, ArrayList,
 * String, Long (BigInteger when larger), Double, Boolean and null. Hand-written: it is the hot path.
 */
public final class PyJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyJson() {
    }

    /** {@code json.dumps(value)}; a value with no JSON form is an IllegalArgumentException naming its type. */
    public static String dumps(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value);
        return sb.toString();
    }

    /** Appends {@code json.dumps(value)} to a builder. */
    public static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            writeString(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            sb.append(value.toString());
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            sb.append(PyFloat.repr(((Number) value).doubleValue()));
        } else if (value instanceof Map<?, ?> m) {
            writeMap(sb, m);
        } else if (value instanceof Collection<?> c) {
            writeList(sb, c);
        } else if (value instanceof WirePrimitive p) {
            write(sb, p.toWirePrimitive());
        } else if (PyDateTime.isDateTime(value)) {
            writeString(sb, PyDateTime.toPrimitive(value));
        } else if (value instanceof UUID || value instanceof Enum<?> || value instanceof Character
                || value instanceof CharSequence) {
            // uuid -> str; enums write their wire text (VmState/TaskState toString is the wire value)
            writeString(sb, value.toString());
        } else if (value instanceof Number n) {
            sb.append(n.toString());
        } else if (value.getClass().isArray()) {
            writeArray(sb, value);
        } else {
            throw new IllegalArgumentException("Object of type " + value.getClass().getName()
                    + " is not JSON serializable");
        }
    }

    private static void writeMap(StringBuilder sb, Map<?, ?> m) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            writeString(sb, keyText(e.getKey()));
            sb.append(": ");
            write(sb, e.getValue());
        }
        sb.append('}');
    }

    /** Python turns str/int/float/bool/None keys into strings; anything else is a TypeError. */
    private static String keyText(Object k) {
        if (k instanceof String s) {
            return s;
        }
        if (k == null) {
            return "null";
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (k instanceof Double || k instanceof Float) {
            return PyFloat.repr(((Number) k).doubleValue());
        }
        if (k instanceof Number || k instanceof UUID || k instanceof Enum<?> || k instanceof CharSequence) {
            return k.toString();
        }
        throw new IllegalArgumentException("keys must be str, int, float, bool or None, not "
                + k.getClass().getName());
    }

    private static void writeList(StringBuilder sb, Collection<?> c) {
        sb.append('[');
        boolean first = true;
        for (Object o : c) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            write(sb, o);
        }
        sb.append(']');
    }

    private static void writeArray(StringBuilder sb, Object array) {
        sb.append('[');
        int n = Array.getLength(array);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, Array.get(array, i));
        }
        sb.append(']');
    }

    /** A JSON string literal with Python's ensure_ascii escaping. */
    public static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                continue;
            }
            sb.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                // other controls, DEL and non-ASCII; astral chars are already surrogate pairs in Java
                default -> sb.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        sb.append(s, start, n);
        sb.append('"');
    }

    /** {@code json.loads(text)}; malformed text is a {@link MalformedMessageException} naming offset and problem. */
    public static Object loads(String text) {
        if (text == null) {
            throw new MalformedMessageException("JSON text is null");
        }
        return loads(text.toCharArray(), text.length());
    }

    /** {@link #loads(String)} over the first {@code length} chars of {@code text} (which is not kept). */
    public static Object loads(char[] text, int length) {
        Parser p = new Parser(text, length);
        p.skipWs();
        Object v = p.value();
        p.skipWs();
        if (p.pos < length) {
            throw p.error("extra data after the JSON value");
        }
        return v;
    }

    /**
     * Recursive-descent parser over a char array: plain array reads stay cheap before the JIT has
     * inlined {@code String.charAt} (C1), where the parser is most of a message's decoding cost.
     */
    private static final class Parser {
        private final char[] s;
        private final int n;
        private int pos;
        private int depth;

        Parser(char[] s, int n) {
            this.s = s;
            this.n = n;
        }

        private boolean startsWith(String word, int at) {
            if (at + word.length() > n) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (s[at + i] != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        MalformedMessageException error(String problem) {
            return new MalformedMessageException("malformed JSON at offset " + pos + ": " + problem);
        }

        void skipWs() {
            while (pos < n) {
                char c = s[pos];
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    pos++;
                } else {
                    return;
                }
            }
        }

        Object value() {
            if (pos >= n) {
                throw error("expected a value, found the end of the text");
            }
            char c = s[pos];
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                case 'N':
                    return literal("NaN", Double.NaN);
                case 'I':
                    return literal("Infinity", Double.POSITIVE_INFINITY);
                default:
                    if (c == '-' && startsWith("-Infinity", pos)) {
                        pos += 9;
                        return Double.NEGATIVE_INFINITY;
                    }
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("expected a value, found '" + printable(c) + "'");
            }
        }

        private Object literal(String word, Object result) {
            if (!startsWith(word, pos)) {
                throw error("expected a value, found '" + printable(s[pos]) + "'");
            }
            pos += word.length();
            return result;
        }

        private Map<String, Object> object() {
            enter();
            pos++;
            Map<String, Object> m = new LinkedHashMap<>();
            skipWs();
            if (pos < n && s[pos] == '}') {
                pos++;
                depth--;
                return m;
            }
            while (true) {
                skipWs();
                if (pos >= n || s[pos] != '"') {
                    throw error("expected a property name in double quotes");
                }
                String key = string();
                skipWs();
                if (pos >= n || s[pos] != ':') {
                    throw error("expected ':' after a property name");
                }
                pos++;
                skipWs();
                m.put(key, value());
                skipWs();
                if (pos >= n) {
                    throw error("unterminated object");
                }
                char c = s[pos++];
                if (c == '}') {
                    depth--;
                    return m;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or '}' in an object");
                }
            }
        }

        private List<Object> array() {
            enter();
            pos++;
            List<Object> l = new ArrayList<>();
            skipWs();
            if (pos < n && s[pos] == ']') {
                pos++;
                depth--;
                return l;
            }
            while (true) {
                skipWs();
                l.add(value());
                skipWs();
                if (pos >= n) {
                    throw error("unterminated array");
                }
                char c = s[pos++];
                if (c == ']') {
                    depth--;
                    return l;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ']' in an array");
                }
            }
        }

        private void enter() {
            if (++depth > 1000) {
                throw error("nesting deeper than 1000 levels");
            }
        }

        private String string() {
            int start = ++pos;
            // fast path: no escapes
            while (pos < n) {
                char c = s[pos];
                if (c == '"') {
                    return substring(start, pos++);
                }
                if (c == '\\' || c < 0x20) {
                    break;
                }
                pos++;
            }
            StringBuilder sb = new StringBuilder(pos - start + 16);
            sb.append(s, start, pos - start);
            while (pos < n) {
                char c = s[pos];
                if (c == '"') {
                    pos++;
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw error("invalid control character in a string");
                }
                if (c != '\\') {
                    sb.append(c);
                    pos++;
                    continue;
                }
                if (pos + 1 >= n) {
                    break;
                }
                char e = s[pos + 1];
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append(hex4(pos + 2));
                        pos += 4;
                    }
                    default -> throw error("invalid escape '\\" + printable(e) + "'");
                }
                pos += 2;
            }
            pos = start - 1;
            throw error("unterminated string starting here");
        }

        private char hex4(int at) {
            if (at + 4 > n) {
                throw error("truncated \\u escape");
            }
            int v = 0;
            for (int i = at; i < at + 4; i++) {
                char c = s[i];
                int d = Character.digit(c, 16);
                if (d < 0) {
                    throw error("invalid \\u escape");
                }
                v = (v << 4) | d;
            }
            return (char) v;
        }

        private Object number() {
            int start = pos;
            if (s[pos] == '-') {
                pos++;
            }
            if (pos >= n || !isDigit(s[pos])) {
                throw error("expected a digit in a number");
            }
            if (s[pos] == '0') {
                pos++;
            } else {
                while (pos < n && isDigit(s[pos])) {
                    pos++;
                }
            }
            boolean integral = true;
            if (pos + 1 < n && s[pos] == '.' && isDigit(s[pos + 1])) {
                integral = false;
                pos++;
                while (pos < n && isDigit(s[pos])) {
                    pos++;
                }
            }
            if (pos < n && (s[pos] == 'e' || s[pos] == 'E')) {
                int save = pos;
                pos++;
                if (pos < n && (s[pos] == '+' || s[pos] == '-')) {
                    pos++;
                }
                if (pos < n && isDigit(s[pos])) {
                    integral = false;
                    while (pos < n && isDigit(s[pos])) {
                        pos++;
                    }
                } else {
                    pos = save; // like Python: the number ends before a bare 'e'
                }
            }
            String t = substring(start, pos);
            if (!integral) {
                return Double.parseDouble(t);
            }
            int digits = t.length() - (t.charAt(0) == '-' ? 1 : 0);
            if (digits <= 18) {
                return Long.parseLong(t);
            }
            BigInteger big = new BigInteger(t);
            return big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0 ? (Object) big.longValue() : big;
        }

        private String substring(int from, int to) {
            return new String(s, from, to - from);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static String printable(char c) {
            return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
        }
    }
}
