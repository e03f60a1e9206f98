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
 * launcher, started in order. SIGTERM (one shutdown hook, installed before the first start) stops them
 * in reverse order, then closes the transport and the plugins.
 */
final class ServiceRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRuntime.class);

    private final List<RunningService> running = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private ServiceEnvironment env;
    private PluginCatalog plugins;
    private boolean stopping;

    /** Starts the launchers in order; if one fails, those started are stopped and the error is rethrown. */
    void start(ConfigOpts config, String processName, List<ServiceLauncher> launchers) throws Exception {
        Thread hook = new Thread(() -> {
            stop();
            stopped.countDown();
        }, "jnova-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            synchronized (this) {
                plugins = PluginCatalog.load(config);
                env = Bootstrap.environment(config, plugins, processName).withProcessManagedShutdown();
            }
            for (ServiceLauncher launcher : launchers) {
                LOG.info("starting {}", launcher.binary());
                RunningService service = launcher.start(env);
                synchronized (this) {
                    running.add(service);
                    if (stopping) {
                        break;
                    }
                }
            }
        } catch (Exception | Error e) {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway; stop() is idempotent
            }
            throw e;
        }
    }

    /** Blocks until SIGTERM/SIGINT has stopped everything. */
    void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    synchronized void stop() {
        stopping = true;
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
