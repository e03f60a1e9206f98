package org.jnova.cli.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
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

    @Option(names = "--config-file", paramLabel = "PATH", description = "Config file (repeatable; later wins)")
    List<Path> configFiles = new ArrayList<>();

    @Option(names = "--config-dir", paramLabel = "DIR", description = "Directory of *.conf files read after the files")
    Path configDir;

    /** Output formats. */
    public enum OutputFormat { table, json }

    public OutputFormat format() {
        return format;
    }

    public ComputeApiClient client() {
        return new ComputeApiClient(computeUrl != null ? computeUrl : defaultUrl());
    }

    private String defaultUrl() {
        ConfigOpts config = NovaOptions.newConfig().load(configFiles, configDir);
        String listen = config.string(NovaOptions.OSAPI_COMPUTE_LISTEN);
        if (listen == null || listen.isBlank() || "0.0.0.0".equals(listen)) {
            listen = "127.0.0.1";
        } else if ("::".equals(listen)) {
            listen = "[::1]";
        } else if (listen.contains(":")) {
            listen = "[" + listen + "]";
        }
        return "http://" + listen + ":" + config.integer(NovaOptions.OSAPI_COMPUTE_LISTEN_PORT) + "/v2.1";
    }
}
