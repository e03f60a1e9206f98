package org.jnova.domain.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Python datetime text forms: jsonutils {@code to_primitive} ({@code %Y-%m-%dT%H:%M:%S.%f}, always six
 * fractional digits, zone dropped) and {@code str(datetime)} (space separator, fraction omitted at 0).
 */
public final class PyDateTime {
    private PyDateTime() {
    }

    /** jsonutils {@code to_primitive}: {@code 2024-01-02T03:04:05.000006}; Instants are taken in UTC. */
    public static String toPrimitive(Object value) {
        return format(toLocal(value), 'T', true);
    }

    /** Python {@code str(datetime)}: {@code 2024-01-02 03:04:05.000006} or {@code 2024-01-02 03:04:05}. */
    public static String str(Object value) {
        return format(toLocal(value), ' ', false);
    }

    /** True for the date-time types these formats accept. */
    public static boolean isDateTime(Object value) {
        return value instanceof Instant || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime;
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toLocalDateTime();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toLocalDateTime();
        }
        throw new IllegalArgumentException("not a date-time: " + (value == null ? "null" : value.getClass().getName()));
    }

    private static String format(LocalDateTime t, char sep, boolean alwaysFraction) {
        StringBuilder sb = new StringBuilder(26);
        pad(sb, t.getYear(), 4);
        sb.append('-');
        pad(sb, t.getMonthValue(), 2);
        sb.append('-');
        pad(sb, t.getDayOfMonth(), 2);
        sb.append(sep);
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
        int micros = t.getNano() / 1000;
        if (alwaysFraction || micros != 0) {
            sb.append('.');
            pad(sb, micros, 6);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
