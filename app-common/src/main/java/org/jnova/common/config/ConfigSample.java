package org.jnova.common.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.ports.config.ConfigOption;

/**
 * A sample nova.conf in oslo-config-generator's layout: per group a {@code [group]} header, then each
 * option as wrapped {@code #} help, {@code # Possible values:} for choices, {@code # (type) value} and
 * a commented {@code #name = default}. DEFAULT comes first, then groups in registration order.
 */
public final class ConfigSample {
    private static final int WIDTH = 70;

    private ConfigSample() {
    }

    public static String render(ConfigOpts config) {
        Map<String, List<ConfigOption>> groups = new LinkedHashMap<>();
        groups.put(ConfigOption.DEFAULT_GROUP, new ArrayList<>());
        for (ConfigOption opt : config.options()) {
            groups.computeIfAbsent(opt.group(), g -> new ArrayList<>()).add(opt);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<ConfigOption>> g : groups.entrySet()) {
            out.append('[').append(g.getKey()).append("]\n\n");
            for (ConfigOption opt : g.getValue()) {
                renderOption(out, opt);
            }
        }
        return out.toString();
    }

    private static void renderOption(StringBuilder out, ConfigOption opt) {
        out.append("#\n");
        for (String line : wrap(opt.help() == null ? "" : opt.help())) {
            out.append("# ").append(line).append('\n');
        }
        if (!opt.choices().isEmpty()) {
            out.append("#\n# Possible values:\n");
            opt.choices().forEach(c -> out.append("# ").append(c).append('\n'));
        }
        out.append("#\n# ").append(typeLabel(opt)).append('\n');
        out.append('#').append(opt.name()).append(" = ").append(defaultText(opt)).append("\n\n");
    }

    private static String typeLabel(ConfigOption opt) {
        String type = switch (opt.type()) {
            case STRING -> "(string value)";
            case INTEGER -> "(integer value)";
            case FLOAT -> "(floating point value)";
            case BOOLEAN -> "(boolean value)";
            case LIST -> "(list value)";
            case URL -> "(uri value)";
            case CHOICE -> "(string value)";
            case MULTI_STRING -> "(multi valued)";
        };
        List<String> notes = new ArrayList<>();
        if (opt.min() != null) {
            notes.add("# Minimum value: " + opt.min());
        }
        if (opt.max() != null) {
            notes.add("# Maximum value: " + opt.max());
        }
        if (opt.secret()) {
            type += "\n# This option holds a secret; its value is never logged.";
        }
        return notes.isEmpty() ? type : type + "\n" + String.join("\n", notes);
    }

    private static String defaultText(ConfigOption opt) {
        Object d = opt.defaultValue();
        if (d == null) {
            return "<None>";
        }
        if (d instanceof List<?> l) {
            return String.join(",", l.stream().map(String::valueOf).toList());
        }
        if (d instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return d.toString();
    }

    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
