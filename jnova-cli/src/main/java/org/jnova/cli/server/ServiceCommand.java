package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code jnova service list} (GET /os-services). */
@Command(name = "service", description = "Compute services", mixinStandardHelpOptions = true,
        subcommands = ServiceCommand.ListServices.class)
public final class ServiceCommand {
    @Command(name = "list", description = "List services and whether they are up", mixinStandardHelpOptions = true)
    static final class ListServices extends ClientCommand {
        @Override
        @SuppressWarnings("unchecked")
        int execute(ComputeApiClient client, PrintWriter out) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("ID", "id");
            columns.put("Binary", "binary");
            columns.put("Host", "host");
            columns.put("Zone", "zone");
            columns.put("Status", "status");
            columns.put("State", "state");
            columns.put("Updated At", "updated_at");
            Output.rows(out, options.format(), columns, (List<Map<String, Object>>) client.get("/os-services").get("services"));
            return 0;
        }
    }
}
