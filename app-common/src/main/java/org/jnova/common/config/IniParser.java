package org.jnova.common.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * oslo.config's INI dialect ({@code oslo_config/iniparser.py}): {@code [section]} headers,
 * {@code key = value} or {@code key: value}, full-line {@code #} and {@code ;} comments (a {@code #}
 * after a value is part of the value), indented continuation lines appended with a newline, one pair of
 * matching surrounding quotes stripped. Repeated keys are all returned, in order.
 */
public final class IniParser {
    private IniParser() {
    }

    public static List<IniEntry> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        return parse(file, lines);
    }

    static List<IniEntry> parse(Path file, List<String> lines) {
        List<IniEntry> entries = new ArrayList<>();
        String section = null;
        // the assignment a continuation line extends
        String key = null;
        int keyLine = 0;
        StringBuilder value = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            String stripped = raw.strip();
            if (stripped.isEmpty()) {
                key = flush(entries, file, section, key, keyLine, value);
                continue;
            }
            if (stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0)) && key != null) {
                value.append('\n').append(stripped);
                continue;
            }
            key = flush(entries, file, section, key, keyLine, value);
            if (stripped.startsWith("[")) {
                if (!stripped.endsWith("]") || stripped.length() < 3) {
                    throw cannotParse(file, lineNo, raw);
                }
                section = stripped.substring(1, stripped.length() - 1).strip();
                if (section.isEmpty()) {
                    throw cannotParse(file, lineNo, raw);
                }
                continue;
            }
            int sep = separator(stripped);
            if (sep <= 0) {
                throw cannotParse(file, lineNo, raw);
            }
            if (section == null) {
                throw new ConfigException(file + ":" + lineNo + ": cannot parse line '" + raw
                        + "': assignment before any [section]");
            }
            key = stripped.substring(0, sep).strip();
            keyLine = lineNo;
            value = new StringBuilder(stripped.substring(sep + 1).strip());
        }
        flush(entries, file, section, key, keyLine, value);
        return entries;
    }

    /** The first {@code =} or {@code :}, whichever comes first. */
    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    private static String flush(List<IniEntry> entries, Path file, String section, String key, int line,
                                StringBuilder value) {
        if (key != null) {
            entries.add(new IniEntry(file, line, section, key, unquote(value.toString())));
        }
        return null;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static ConfigException cannotParse(Path file, int line, String raw) {
        return new ConfigException(file + ":" + line + ": cannot parse line '" + raw + "'");
    }
}
