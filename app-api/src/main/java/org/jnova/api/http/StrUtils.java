package org.jnova.api.http;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jnova.domain.wire.PyRepr;

/** {@code oslo_utils.strutils.bool_from_string}, which Nova uses for its boolean-like query and body values. */
final class StrUtils {
    private static final List<String> TRUE_STRINGS = List.of("1", "t", "true", "on", "y", "yes");
    private static final List<String> FALSE_STRINGS = List.of("0", "f", "false", "off", "n", "no");

    private StrUtils() {
    }

    /**
     * A bool as is, anything else by its Python {@code str()}, stripped and lower-cased: one of the true
     * or false words. Unrecognized: False, or with {@code strict} an IllegalArgumentException with oslo's
     * ValueError message.
     */
    static boolean boolFromString(Object subject, boolean strict) {
        if (subject instanceof Boolean b) {
            return b;
        }
        String text = subject instanceof String s ? s : PyRepr.str(subject);
        String lowered = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE_STRINGS.contains(lowered)) {
            return true;
        }
        if (FALSE_STRINGS.contains(lowered) || !strict) {
            return false;
        }
        String acceptable = Stream.concat(TRUE_STRINGS.stream(), FALSE_STRINGS.stream()).sorted()
                .map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unrecognized value '" + text + "', acceptable values are: " + acceptable);
    }
}
