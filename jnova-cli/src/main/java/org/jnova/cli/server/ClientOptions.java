package org.jnova.cli.server;

import org.jnova.cli.ApiUrl;
import org.jnova.cli.ConfigFileOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the API client commands: where the API is and how to print. */
public class ClientOptions {
    @Option(names = "--os-compute-url", paramLabel = "URL",
            description = "Compute API endpoint (default: http://<osapi_compute_listen>:<osapi_compute_listen_port>/v2.1 "
                    + "from the config; 0.0.0.0 becomes 127.0.0.1)")
    String computeUrl;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: table or json (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.table;

    @Mixin
    ConfigFileOptions config;

    /** Output formats. */
    public enum OutputFormat { table, json }

    public OutputFormat format() {
        return format;
    }

    public ComputeApiClient client() {
        return new ComputeApiClient(computeUrl != null ? computeUrl : ApiUrl.of(config.load()));
    }
}
