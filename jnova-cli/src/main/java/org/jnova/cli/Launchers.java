package org.jnova.cli;

import org.jnova.api.boot.ApiLauncher;
import org.jnova.common.service.ServiceLauncher;
import org.jnova.compute.boot.ComputeLauncher;
import org.jnova.conductor.boot.ConductorLauncher;

/** The one place the CLI names the apps' launchers. */
final class Launchers {
    private Launchers() {
    }

    static ServiceLauncher conductor() {
        return new ConductorLauncher();
    }

    static ServiceLauncher compute() {
        return new ComputeLauncher();
    }

    static ServiceLauncher api() {
        return new ApiLauncher();
    }
}
