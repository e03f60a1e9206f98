package org.jnova.cli.server;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code POST /servers/{id}/action}; with {@code --wait}, polls until the task ends and checks the
 * status the action leads to (a failed action, e.g. a stop the driver refused, exits 1 with the fault).
 */
abstract class ServerActionCommand extends ClientCommand {
    @Parameters(index = "0", paramLabel = "SERVER", description = "Server name or id")
    String server;

    @Option(names = "--wait", description = "Wait until the action finished")
    boolean waitForIt;

    @Option(names = "--wait-timeout", defaultValue = "300", paramLabel = "SECONDS", description = "Wait at most this long")
    long waitTimeout;

    /** The action body, e.g. {"os-stop": null}. */
    abstract Map<String, Object> body();

    /** The status the server has once the action succeeded. */
    abstract String targetStatus();

    @Override
    int execute(ComputeApiClient client, PrintWriter out) {
        String id = ServerRef.resolve(client, server);
        client.post("/servers/" + id + "/action", body());
        if (waitForIt) {
            Map<String, Object> server = ServerWaiter.until(client, id, Duration.ofSeconds(waitTimeout),
                    ServerWaiter::settled);
            ServerWaiter.expectStatus(server, targetStatus());
        }
        return 0;
    }

    static Map<String, Object> nullArg(String action) {
        return Collections.singletonMap(action, null);
    }

    @Command(name = "start", description = "Start a stopped server", mixinStandardHelpOptions = true)
    static final class Start extends ServerActionCommand {
        Map<String, Object> body() { return nullArg("os-start"); }
        String targetStatus() { return "ACTIVE"; }
    }

    @Command(name = "stop", description = "Stop a server", mixinStandardHelpOptions = true)
    static final class Stop extends ServerActionCommand {
        Map<String, Object> body() { return nullArg("os-stop"); }
        String targetStatus() { return "SHUTOFF"; }
    }

    @Command(name = "pause", description = "Pause a server", mixinStandardHelpOptions = true)
    static final class Pause extends ServerActionCommand {
        Map<String, Object> body() { return nullArg("pause"); }
        String targetStatus() { return "PAUSED"; }
    }

    @Command(name = "unpause", description = "Unpause a server", mixinStandardHelpOptions = true)
    static final class Unpause extends ServerActionCommand {
        Map<String, Object> body() { return nullArg("unpause"); }
        String targetStatus() { return "ACTIVE"; }
    }

    @Command(name = "suspend", description = "Suspend a server", mixinStandardHelpOptions = true)
    static final class Suspend extends ServerActionCommand {
        Map<String, Object> body() { return nullArg("suspend"); }
        String targetStatus() { return "SUSPENDED"; }
    }

    @Command(name = "resume", description = "Resume a suspended server", mixinStandardHelpOptions = true)
    static final class Resume extends ServerActionCommand {
        Map<String, Object> body() { return nullArg("resume"); }
        String targetStatus() { return "ACTIVE"; }
    }

    @Command(name = "reboot", description = "Reboot a server (SOFT unless --hard)", mixinStandardHelpOptions = true)
    static final class Reboot extends ServerActionCommand {
        @Option(names = "--hard", description = "Power-cycle instead of asking the guest")
        boolean hard;

        Map<String, Object> body() { return Map.of("reboot", Map.of("type", hard ? "HARD" : "SOFT")); }
        String targetStatus() { return "ACTIVE"; }
    }
}
