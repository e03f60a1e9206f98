package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jnova service list} (GET /os-services) and {@code service set} (PUT /os-services/{action}). */
@Command(name = "service", description = "Compute services", mixinStandardHelpOptions = true,
        subcommands = {ServiceCommand.ListServices.class, ServiceCommand.SetService.class})
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

    /** As openstackclient's {@code compute service set}: a disabled compute is not scheduled to. */
    @Command(name = "set", description = "Enable or disable a nova-compute service", mixinStandardHelpOptions = true)
    static final class SetService extends ClientCommand {
        @Parameters(index = "0", paramLabel = "HOST", description = "The service's host")
        String host;

        @Parameters(index = "1", paramLabel = "BINARY", description = "The service's binary (nova-compute)")
        String binary;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Status status;

        static final class Status {
            @Option(names = "--enable", description = "Enable the service") boolean enable;
            @Option(names = "--disable", description = "Disable the service") boolean disable;
        }

        @Option(names = "--disable-reason", paramLabel = "REASON", description = "Why it is disabled (with --disable)")
        String reason;

        @Override
        @SuppressWarnings("unchecked")
        int execute(ComputeApiClient client, PrintWriter out) {
            if (reason != null && status.enable) {
                throw new ComputeApiException(0, "--disable-reason goes with --disable, not --enable");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("host", host);
            body.put("binary", binary);
            String action = status.enable ? "enable" : "disable";
            if (reason != null) {
                body.put("disabled_reason", reason);
                action = "disable-log-reason";
            }
            Output.record(out, options.format(),
                    (Map<String, Object>) client.send("PUT", "/os-services/" + action, body).get("service"));
            return 0;
        }
    }
}
