package org.jnova.cli;

import java.util.List;
import org.jnova.common.service.ServiceLauncher;
import picocli.CommandLine.Command;

/** {@code nova-conductor}. */
@Command(name = "conductor", mixinStandardHelpOptions = true, description = "Run nova-conductor until SIGTERM.")
final class ConductorCommand extends RunServicesCommand {
    @Override
    List<ServiceLauncher> launchers() {
        return List.of(Launchers.conductor());
    }

    @Override
    String processName() {
        return "jnova-conductor";
    }
}
