package org.jnova.cli;

import java.util.ArrayList;
import java.util.List;
import org.jnova.common.plugin.PluginInfo;

/** Renders {@code plugin list} as an aligned table or as JSON. */
final class PluginListFormat {
    private PluginListFormat() {
    }

    static String table(List<PluginInfo> plugins) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "VERSION", "STATE", "PROVIDES", "PATH"});
        for (PluginInfo p : plugins) {
            rows.add(new String[] {p.id(), p.version(), p.state(), String.join("; ", p.provides()),
                    p.path() == null ? "-" : p.path().toString()});
        }
        int[] width = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                out.append(i == r.length - 1 ? r[i] : String.format("%-" + width[i] + "s  ", r[i]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String json(List<PluginInfo> plugins) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < plugins.size(); i++) {
            PluginInfo p = plugins.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("  {\"id\": ").append(str(p.id()))
                    .append(", \"version\": ").append(str(p.version()))
                    .append(", \"state\": ").append(str(p.state()))
                    .append(", \"path\": ").append(p.path() == null ? "null" : str(p.path().toString()))
                    .append(", \"provides\": [");
            for (int j = 0; j < p.provides().size(); j++) {
                out.append(j == 0 ? "" : ", ").append(str(p.provides().get(j)));
            }
            out.append("]}");
        }
        return out.append(plugins.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
