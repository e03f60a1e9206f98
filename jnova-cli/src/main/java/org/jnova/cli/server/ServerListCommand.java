package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List servers (GET /servers/detail)", mixinStandardHelpOptions = true)
final class ServerListCommand extends ClientCommand {
    @Override
    @SuppressWarnings("unchecked")
    int execute(ComputeApiClient client, PrintWriter out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object o : (List<Object>) client.get("/servers/detail").get("servers")) {
            Map<String, Object> s = (Map<String, Object>) o;
            Map<String, Object> row = new LinkedHashMap<>(s);
            row.put("flavor_id", s.get("flavor") instanceof Map<?, ?> f ? f.get("id") : null);
            rows.add(row);
        }
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("ID", "id");
        columns.put("Name", "name");
        columns.put("Status", "status");
        columns.put("Task State", "OS-EXT-STS:task_state");
        columns.put("Power State", "OS-EXT-STS:power_state");
        columns.put("Host", "OS-EXT-SRV-ATTR:host");
        columns.put("Flavor", "flavor_id");
        Output.rows(out, options.format(), columns, rows);
        return 0;
    }
}
