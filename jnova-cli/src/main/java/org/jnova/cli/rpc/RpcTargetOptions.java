package org.jnova.cli.rpc;

import org.jnova.domain.rpc.Target;
import picocli.CommandLine.Option;

/** Where a diagnostic message goes and how long to wait. */
final class RpcTargetOptions {
    @Option(names = "--topic", required = true, description = "Target topic, e.g. conductor or compute")
    String topic;

    @Option(names = "--server", description = "Target server (host); sends to <topic>.<server>")
    String server;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds to wait for the reply (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--transport-url", description = "Overrides [DEFAULT] transport_url, e.g. rabbit://guest:guest@127.0.0.1:5672/")
    String transportUrl;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    Target target(String namespace, String version, boolean fanout) {
        return new Target(null, topic, server, namespace, version, fanout);
    }
}
