package org.jnova.cli.server;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = "Delete a server (DELETE /servers/{id}); SERVER is a name or an id", mixinStandardHelpOptions = true)
final class ServerDeleteCommand extends ClientCommand {
    @Parameters(index = "0", paramLabel = "SERVER", description = "Server name or id")
    String server;

    @Option(names = "--wait", description = "Wait until the server is gone")
    boolean waitForIt;

    @Option(names = "--wait-timeout", defaultValue = "300", paramLabel = "SECONDS", description = "Wait at most this long")
    long waitTimeout;

    @Override
    int execute(ComputeApiClient client, PrintWriter out) {
        String id = ServerRef.resolve(client, server);
        client.delete("/servers/" + id);
        if (waitForIt) {
            ServerWaiter.untilDeleted(client, id, Duration.ofSeconds(waitTimeout));
        }
        return 0;
    }
}
