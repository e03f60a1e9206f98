package org.jnova.cli;

import java.util.List;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.service.ServiceLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code nova-api} (the Compute API v2.1). */
@Command(name = "api", mixinStandardHelpOptions = true, description = "Run the Compute API until SIGTERM.")
final class ApiCommand extends RunServicesCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCommand.class);

    @Override
    List<ServiceLauncher> launchers() {
        return List.of(Launchers.api());
    }

    @Override
    String processName() {
        return "jnova-api";
    }

    @Override
    void started(ConfigOpts config) {
        LOG.info("Compute API at {}", ApiUrl.of(config));
    }
}
