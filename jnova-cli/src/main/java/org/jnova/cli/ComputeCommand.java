package org.jnova.cli;

import java.util.List;
import org.jnova.common.service.ServiceLauncher;
import picocli.CommandLine.Command;

/** {@code nova-compute}. */
@Command(name = "compute", mixinStandardHelpOptions = true, description = "Run nova-compute until SIGTERM.")
final class ComputeCommand extends RunServicesCommand {
    @Override
    List<ServiceLauncher> launchers() {
        return List.of(Launchers.compute());
    }

    @Override
    String processName() {
        return "jnova-compute";
    }
}
