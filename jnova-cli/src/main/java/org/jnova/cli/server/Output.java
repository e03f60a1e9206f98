package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.wire.PyJson;

/** Prints records as an openstack-client style table or as JSON. */
final class Output {
    private Output() {
    }

    /** A list of rows with the given columns (header -> key in each row). */
    static void rows(PrintWriter out, ClientOptions.OutputFormat format, Map<String, String> columns,
                     List<Map<String, Object>> rows) {
        if (format == ClientOptions.OutputFormat.json) {
            List<Map<String, Object>> projected = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Map<String, Object> p = new LinkedHashMap<>();
                columns.forEach((header, key) -> p.put(header, row.get(key)));
                projected.add(p);
            }
            out.println(PyJson.dumps(projected));
        } else {
            List<List<String>> cells = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                List<String> line = new ArrayList<>();
                columns.values().forEach(key -> line.add(text(row.get(key))));
                cells.add(line);
            }
            table(out, new ArrayList<>(columns.keySet()), cells);
        }
        out.flush();
    }

    /** One record as Field/Value pairs. */
    static void record(PrintWriter out, ClientOptions.OutputFormat format, Map<String, Object> record) {
        if (format == ClientOptions.OutputFormat.json) {
            out.println(PyJson.dumps(record));
        } else {
            List<List<String>> cells = new ArrayList<>();
            record.forEach((k, v) -> cells.add(List.of(k, text(v))));
            table(out, List.of("Field", "Value"), cells);
        }
        out.flush();
    }

    private static String text(Object v) {
        if (v == null) {
            return "None";
        }
        return v instanceof Map || v instanceof List ? PyJson.dumps(v) : v.toString();
    }

    private static void table(PrintWriter out, List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder sep = new StringBuilder("+");
        for (int w : widths) {
            sep.append("-".repeat(w + 2)).append('+');
        }
        out.println(sep);
        out.println(line(headers, widths));
        out.println(sep);
        for (List<String> r : rows) {
            out.println(line(r, widths));
        }
        out.println(sep);
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            sb.append(' ').append(c).append(" ".repeat(widths[i] - c.length())).append(" |");
        }
        return sb.toString();
    }
}
