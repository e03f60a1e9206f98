package org.jnova.api.validation;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code oslo_utils.timeutils.parse_isotime}, i.e. the iso8601 package's {@code parse_date}: its regular
 * expression (YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD, then an optional " "/"T" time with optional minutes,
 * seconds, fraction and Z or ±HH[:][MM] zone), then the values Python's datetime accepts.
 */
final class IsoDates {
    private static final Pattern ISO8601 = Pattern.compile(
            "(?<year>[0-9]{4})"
            + "(((-(?<monthdash>[0-9]{1,2}))|(?<month>[0-9]{2})(?!$))"
            + "(((-(?<daydash>[0-9]{1,2}))|(?<day>[0-9]{2}))"
            + "(((?<separator>[ T])(?<hour>[0-9]{2})(:?(?<minute>[0-9]{2}))?"
            + "(:?(?<second>[0-9]{1,2})([.,](?<fraction>[0-9]+))?)?"
            + "(?<timezone>Z|((?<tzsign>[-+])(?<tzhour>[0-9]{2}):?(?<tzminute>[0-9]{2})?))?)?))?)?$",
            Pattern.UNIX_LINES); // $ also before one final \n, as Python's

    private IsoDates() {
    }

    /** Whether {@code parse_isotime(v)} returns a datetime instead of raising ValueError. */
    static boolean isIsoTime(Object v) {
        if (!(v instanceof String s)) {
            return false;
        }
        Matcher m = ISO8601.matcher(s);
        if (!m.lookingAt()) {
            return false;
        }
        int year = number(m, "year", null, 0);
        int month = number(m, "month", "monthdash", 1);
        int day = number(m, "day", "daydash", 1);
        int hour = number(m, "hour", null, 0);
        int minute = number(m, "minute", null, 0);
        int second = number(m, "second", null, 0);
        if (year == 0 || hour > 23 || minute > 59 || second > 59) { // datetime.MINYEAR is 1
            return false;
        }
        try {
            LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return false;
        }
        if (m.group("tzsign") == null) {
            return true;
        }
        // datetime.timezone takes offsets strictly within a day
        int offset = Integer.parseInt(m.group("tzhour")) * 60 + number(m, "tzminute", null, 0);
        return offset < 24 * 60;
    }

    private static int number(Matcher m, String group, String alternative, int absent) {
        String v = m.group(group);
        if (v == null && alternative != null) {
            v = m.group(alternative);
        }
        return v == null ? absent : Integer.parseInt(v);
    }
}
