package org.jnova.common.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jnova.ports.config.ConfigOption;

/** Turns the text of an option into its typed value, as oslo.config's types do; bad text throws with the reason. */
final class OptionValues {
    private OptionValues() {
    }

    /** Parses {@code text} for {@code option}; an {@link IllegalArgumentException} carries the reason. */
    static Object parse(ConfigOption option, String text) {
        return switch (option.type()) {
            case STRING -> text;
            case INTEGER -> integer(option, text);
            case FLOAT -> floating(text);
            case BOOLEAN -> bool(text);
            case LIST -> list(text);
            case URL -> url(text);
            case CHOICE -> choice(option, text);
            case MULTI_STRING -> List.of(text);
        };
    }

    private static Integer integer(ConfigOption option, String text) {
        int v;
        try {
            v = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an integer");
        }
        if (option.min() != null && v < option.min()) {
            throw new IllegalArgumentException("should be greater than or equal to " + option.min());
        }
        if (option.max() != null && v > option.max()) {
            throw new IllegalArgumentException("should be less than or equal to " + option.max());
        }
        return v;
    }

    private static Double floating(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a floating point number");
        }
    }

    private static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> Boolean.TRUE;
            case "false", "no", "0", "off" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(
                    "not a boolean (expected true/false, yes/no, 1/0, on/off)");
        };
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        if (text.isBlank()) {
            return List.of();
        }
        for (String item : text.split(",")) {
            String s = item.strip();
            if (!s.isEmpty()) {
                items.add(s);
            }
        }
        return List.copyOf(items);
    }

    private static String url(String text) {
        String t = text.strip();
        try {
            URI uri = new URI(t);
            if (uri.getScheme() == null) {
                throw new IllegalArgumentException("not a URL: no scheme (expected e.g. scheme://host)");
            }
        } catch (URISyntaxException e) {
            // transport URLs with several hosts are not RFC URIs; a scheme is what oslo's URI type demands
            int sep = t.indexOf("://");
            if (sep <= 0 || !t.substring(0, sep).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                throw new IllegalArgumentException("not a URL: " + e.getReason());
            }
        }
        return t;
    }

    private static String choice(ConfigOption option, String text) {
        String t = text.strip();
        if (!option.choices().isEmpty() && !option.choices().contains(t)) {
            throw new IllegalArgumentException("not a valid choice; valid choices are " + String.join(", ", option.choices()));
        }
        return t;
    }
}
