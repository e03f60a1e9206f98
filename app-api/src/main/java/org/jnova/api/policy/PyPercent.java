package org.jnova.api.policy;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jnova.domain.wire.PyRepr;

/** The bits of Python a policy check needs: {@code "%(key)s" % target}, {@code str()} and literal kinds. */
final class PyPercent {
    private static final Pattern KEY = Pattern.compile("%\\(([^)]*)\\)s|%%");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private PyPercent() {
    }

    /** {@code template % target}; null when a key is missing (Python's KeyError, which fails the check). */
    static String format(String template, Map<String, ?> target) {
        Matcher m = KEY.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) == null) {
                replacement = "%";
            } else {
                if (target == null || !target.containsKey(m.group(1))) {
                    return null;
                }
                replacement = str(target.get(m.group(1)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String str(Object value) {
        return PyRepr.str(value);
    }

    /**
     * {@code str(ast.literal_eval(kind))} when the kind is a Python literal (True, False, None, a number, a
     * quoted string), else null: then the kind names a credential.
     */
    static String literal(String kind) {
        if (kind.equals("True") || kind.equals("False") || kind.equals("None") || NUMBER.matcher(kind).matches()) {
            return kind;
        }
        if (kind.length() >= 2 && (kind.charAt(0) == '\'' || kind.charAt(0) == '"')
                && kind.charAt(kind.length() - 1) == kind.charAt(0)) {
            return kind.substring(1, kind.length() - 1);
        }
        return null;
    }
}
