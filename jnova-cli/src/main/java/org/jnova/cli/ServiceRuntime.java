package org.jnova.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jnova.common.boot.Bootstrap;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.common.service.RunningService;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.service.ServiceLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs services in this JVM: config and plugins loaded once, one environment (one bus) shared by every
 * launcher, started in order, stopped in reverse by SIGTERM (a shutdown hook), then the transport and
 * the plugins are closed.
 */
final class ServiceRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRuntime.class);

    private final List<RunningService> running = new ArrayList<>();
    private ServiceEnvironment env;
    private PluginCatalog plugins;

    /** Starts the launchers in order; if one fails, those started are stopped and the error is rethrown. */
    void start(ConfigOpts config, String processName, List<ServiceLauncher> launchers) throws Exception {
        plugins = PluginCatalog.load(config);
        try {
            env = Bootstrap.environment(config, plugins, processName);
            for (ServiceLauncher launcher : launchers) {
                LOG.info("starting {}", launcher.binary());
                running.add(launcher.start(env));
            }
        } catch (Exception | Error e) {
            stop();
            throw e;
        }
    }

    /** Blocks until the JVM is asked to stop (SIGTERM/SIGINT), having stopped everything. */
    void awaitShutdown() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop();
            stopped.countDown();
        }, "jnova-shutdown"));
        stopped.await();
    }

    synchronized void stop() {
        List<RunningService> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        for (RunningService s : reversed) {
            try {
                s.close();
            } catch (RuntimeException e) {
                LOG.error("stopping {} failed", s.description(), e);
            }
        }
        running.clear();
        if (env != null) {
            env.rpcTransport().close();
            env = null;
        }
        if (plugins != null) {
            plugins.close();
            plugins = null;
        }
    }
}
