package org.jnova.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTest {
    private final Map<String, String> columns = new LinkedHashMap<>();

    OutputTest() {
        columns.put("ID", "id");
        columns.put("Status", "status");
    }

    @Test
    void tablesAlignColumnsAndShowNullAsNone() {
        StringWriter out = new StringWriter();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "abc");
        row.put("status", null);

        Output.rows(new PrintWriter(out), ClientOptions.OutputFormat.table, columns, List.of(row));

        assertThat(out.toString().split("\\R")).containsExactly(
                "+-----+--------+", "| ID  | Status |", "+-----+--------+", "| abc | None   |", "+-----+--------+");
    }

    @Test
    void jsonKeepsOnlyTheColumnsUnderTheirHeaders() {
        StringWriter out = new StringWriter();

        Output.rows(new PrintWriter(out), ClientOptions.OutputFormat.json, columns,
                List.of(Map.of("id", "abc", "status", "ACTIVE", "other", 1)));

        assertThat(out.toString().trim()).isEqualTo("[{\"ID\": \"abc\", \"Status\": \"ACTIVE\"}]");
    }
}
