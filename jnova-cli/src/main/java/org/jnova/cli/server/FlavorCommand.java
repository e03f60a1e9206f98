package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code jnova flavor list} (GET /flavors/detail). */
@Command(name = "flavor", description = "Flavors", mixinStandardHelpOptions = true,
        subcommands = FlavorCommand.ListFlavors.class)
public final class FlavorCommand {
    @Command(name = "list", description = "List flavors", mixinStandardHelpOptions = true)
    static final class ListFlavors extends ClientCommand {
        @Override
        @SuppressWarnings("unchecked")
        int execute(ComputeApiClient client, PrintWriter out) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("ID", "id");
            columns.put("Name", "name");
            columns.put("RAM", "ram");
            columns.put("Disk", "disk");
            columns.put("Ephemeral", "OS-FLV-EXT-DATA:ephemeral");
            columns.put("VCPUs", "vcpus");
            columns.put("Is Public", "os-flavor-access:is_public");
            Output.rows(out, options.format(), columns, (List<Map<String, Object>>) client.get("/flavors/detail").get("flavors"));
            return 0;
        }
    }
}
