package org.jnova.domain.objects;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The DateTime field's primitive, {@code %Y-%m-%dT%H:%M:%SZ}, written and read by hand: every instance
 * primitive carries several, and {@code DateTimeFormatter} parsing showed as a tenth of the conductor's
 * CPU. Anything outside years 0000-9999 or not in exactly this form is left to {@link FieldType#DATETIME_FORMAT}
 * and the general ISO-8601 parser.
 */
final class WireDateTime {
    private static final int LENGTH = "2024-01-02T03:04:05Z".length();

    private WireDateTime() {
    }

    /** {@code 2024-01-02T03:04:05Z}: UTC, whole seconds (the fraction is dropped, as Nova's field does). */
    static String format(Instant value) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return FieldType.DATETIME_FORMAT.format(value);
        }
        char[] c = new char[LENGTH];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        c[19] = 'Z';
        return new String(c);
    }

    /** The instant of a value in exactly the canonical form, or null for any other text (or a bad date). */
    static Instant parseCanonical(String s) {
        if (s.length() != LENGTH || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // e.g. month 13: the general parser reports it
        }
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The decimal number in {@code s[at, at + width)}, or -1 if a character is not a digit. */
    private static int number(String s, int at, int width) {
        int v = 0;
        for (int i = at; i < at + width; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
