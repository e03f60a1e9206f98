package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a server (GET /servers/{id})", mixinStandardHelpOptions = true)
final class ServerShowCommand extends ClientCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Server id")
    String id;

    @Override
    @SuppressWarnings("unchecked")
    int execute(ComputeApiClient client, PrintWriter out) {
        Output.record(out, options.format(), ServerView.of((Map<String, Object>) client.get("/servers/" + id).get("server")));
        return 0;
    }
}
