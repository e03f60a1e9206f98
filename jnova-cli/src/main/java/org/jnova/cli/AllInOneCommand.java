package org.jnova.cli;

import java.util.List;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.service.ServiceLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** Conductor, compute and API in one JVM over one bus; with no config: fake:// bus, fake driver, H2 under ./state. */
@Command(name = "all-in-one", mixinStandardHelpOptions = true,
        description = "Run nova-conductor, nova-compute and the Compute API in this process until SIGTERM.")
final class AllInOneCommand extends RunServicesCommand {
    private static final Logger LOG = LoggerFactory.getLogger(AllInOneCommand.class);

    @Override
    List<ServiceLauncher> launchers() {
        return List.of(Launchers.conductor(), Launchers.compute(), Launchers.api());
    }

    @Override
    String processName() {
        return "jnova-all-in-one";
    }

    @Override
    void started(ConfigOpts config) {
        LOG.info("jnova all-in-one ready; Compute API at {}", ApiUrl.of(config));
    }
}
