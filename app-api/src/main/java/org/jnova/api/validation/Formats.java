package org.jnova.api.validation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The format checkers Nova's validator registers, for the formats the schemas jnova uses name: Nova's
 * {@code uuid} ({@code uuidutils.is_uuid_like}), {@code name} ({@code valid_name_regex}: BMP printable
 * characters, not starting or ending with whitespace), {@code date-time} ({@code timeutils.parse_isotime},
 * i.e. the iso8601 package), {@code base64} ({@code base64.decode_as_bytes}) and {@code regex}
 * ({@code re.compile}, here Java's regex syntax with Python's named groups), jsonschema's
 * {@code ipv4}/{@code ipv6}. Other formats are not checked (jsonschema skips formats it has no checker for).
 */
final class Formats {
    static final String NAME_REASON = "printable characters. Can not start or end with whitespace.";
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private Formats() {
    }

    /** The result of a check: ok, or the error jsonschema reports. */
    static SchemaError check(String format, Object instance) {
        boolean ok;
        switch (format) {
            case "uuid" -> ok = isUuidLike(instance);
            case "name" -> {
                if (!isName(instance)) {
                    return new SchemaError(fail(instance, format), NAME_REASON);
                }
                ok = true;
            }
            case "date-time" -> ok = IsoDates.isIsoTime(instance);
            case "base64" -> ok = isBase64(instance);
            case "regex" -> ok = isRegex(instance);
            case "ipv4" -> ok = !(instance instanceof String s) || IPV4.matcher(s).matches();
            case "ipv6" -> ok = !(instance instanceof String s) || isIpv6(s);
            default -> ok = true;
        }
        return ok ? null : new SchemaError(fail(instance, format));
    }

    private static String fail(Object instance, String format) {
        return org.jnova.domain.wire.PyRepr.repr(instance) + " is not a " + org.jnova.domain.wire.PyRepr.repr(format);
    }

    /** {@code oslo_utils.uuidutils.is_uuid_like}: 32 hex digits once urn:/uuid:, braces and dashes are removed. */
    static boolean isUuidLike(Object v) {
        if (!(v instanceof String s)) {
            return false;
        }
        String hex = s.replace("urn:", "").replace("uuid:", "");
        hex = strip(hex, "{}").replace("-", "").toLowerCase(Locale.ROOT);
        return HEX32.matcher(hex).matches();
    }

    private static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /** {@code parameter_types._is_printable}: not a control/format/surrogate/private/unassigned character, not a line or paragraph separator. */
    static boolean printable(int cp) {
        if (cp >= 0xFFFF) {
            return false; // Nova builds its ranges from range(0xFFFF)
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static boolean printableNonSpace(int cp) {
        return printable(cp) && Character.getType(cp) != Character.SPACE_SEPARATOR;
    }

    /** {@code valid_name_regex}: printable throughout, the first and last characters not whitespace. */
    static boolean isName(Object v) {
        if (!(v instanceof String s)) {
            return false;
        }
        if (!s.codePoints().allMatch(Formats::printable)) {
            return false;
        }
        return s.isEmpty() || (printableNonSpace(s.codePointAt(0)) && printableNonSpace(s.codePointBefore(s.length())));
    }

    /**
     * {@code base64.b64decode} without validate, as binascii decodes: characters outside the alphabet are
     * skipped, a complete pad ends the input, and the data characters must fill whole quads (or end with
     * 2 or 3 of one completed by padding). Only ASCII text can be decoded at all.
     */
    static boolean isBase64(Object v) {
        if (!(v instanceof String s) || !s.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        int quadPos = 0;
        int pads = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=') {
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    return true;
                }
                continue;
            }
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/';
            if (!alphabet) {
                continue;
            }
            pads = 0;
            quadPos = (quadPos + 1) % 4;
        }
        return quadPos == 0;
    }

    /** {@code _validate_regex_format}: a non-empty string that compiles ({@code (?P<n>} and {@code (?P=n)} as Python writes them). */
    static boolean isRegex(Object v) {
        if (!(v instanceof String s) || s.isEmpty()) {
            return false;
        }
        try {
            Pattern.compile(s.replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>"));
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static boolean isIpv6(String s) {
        if (!s.contains(":") || !s.matches("[0-9A-Fa-f:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(s) != null;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
