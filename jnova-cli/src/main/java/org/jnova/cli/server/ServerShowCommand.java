package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a server (GET /servers/{id})", mixinStandardHelpOptions = true)
final class ServerShowCommand extends ClientCommand {
    @Parameters(index = "0", paramLabel = "SERVER", description = "Server name or id")
    String server;

    @Override
    int execute(ComputeApiClient client, PrintWriter out) {
        Output.record(out, options.format(), ServerView.of(ServerRef.find(client, server)));
        return 0;
    }
}
