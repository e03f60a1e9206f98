package org.jnova.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.ServiceLauncher;
import picocli.CommandLine.Mixin;

/** A command that runs Nova services in the foreground until SIGTERM. */
abstract class RunServicesCommand implements Callable<Integer> {
    @Mixin
    ConfigFileOptions configOptions;

    /** The launchers to start, in start order. */
    abstract List<ServiceLauncher> launchers();

    /** A short process name for connection names, e.g. {@code jnova-compute}. */
    abstract String processName();

    /** Called once everything runs, e.g. to log the API URL. */
    void started(ConfigOpts config) {
    }

    @Override
    public Integer call() throws Exception {
        ConfigOpts config = configOptions.load();
        ServiceRuntime runtime = new ServiceRuntime();
        runtime.start(config, processName() + ":" + config.string(NovaOptions.HOST), launchers());
        started(config);
        runtime.awaitShutdown();
        return 0;
    }
}
