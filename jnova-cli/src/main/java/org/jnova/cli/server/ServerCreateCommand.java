package org.jnova.cli.server;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "create", description = "Create a server (POST /servers)", mixinStandardHelpOptions = true)
final class ServerCreateCommand extends ClientCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Server name")
    String name;

    @Option(names = "--flavor", required = true, paramLabel = "FLAVOR", description = "Flavor id (flavorRef)")
    String flavor;

    @Option(names = "--image", required = true, paramLabel = "IMAGE", description = "Image name or id (of `jnova image list`)")
    String image;

    @Option(names = "--property", paramLabel = "KEY=VALUE", description = "Metadata (repeatable)")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--wait", description = "Wait until the server is ACTIVE (exit 1 if it ends in ERROR)")
    boolean waitForIt;

    @Option(names = "--wait-timeout", defaultValue = "300", paramLabel = "SECONDS", description = "Wait at most this long")
    long waitTimeout;

    @Override
    @SuppressWarnings("unchecked")
    int execute(ComputeApiClient client, PrintWriter out) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("name", name);
        server.put("flavorRef", flavor);
        server.put("imageRef", ImageCommand.resolve(client, image));
        if (!properties.isEmpty()) {
            server.put("metadata", properties);
        }
        Map<String, Object> created = (Map<String, Object>) client.post("/servers", Map.of("server", server)).get("server");
        String id = (String) created.get("id");
        Map<String, Object> shown = waitForIt
                ? ServerWaiter.until(client, id, Duration.ofSeconds(waitTimeout), ServerWaiter::settled)
                : (Map<String, Object>) client.get("/servers/" + id).get("server");
        Map<String, Object> view = ServerView.of(shown);
        view.put("adminPass", created.get("adminPass"));
        Output.record(out, options.format(), view);
        if (waitForIt) {
            ServerWaiter.expectStatus(shown, "ACTIVE");
        }
        return 0;
    }
}
