package org.jnova.cli.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jnova.api.boot.ApiLauncher;
import org.jnova.api.boot.RunningApi;
import org.jnova.common.boot.Bootstrap;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.common.service.RunningService;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.compute.boot.ComputeLauncher;
import org.jnova.conductor.boot.ConductorLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An all-in-one cloud inside this JVM (conductor, compute, API over one bus) for the benchmark and the
 * end-to-end tests. Unlike {@code jnova all-in-one} it does not block or install a shutdown hook: the
 * caller closes it, and can stop the compute alone to watch it go down.
 */
public final class EmbeddedCloud implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCloud.class);

    private final PluginCatalog plugins;
    private final ServiceEnvironment env;
    private final List<RunningService> running = new ArrayList<>();
    private RunningService conductor;
    private RunningService compute;
    private RunningApi api;

    private EmbeddedCloud(PluginCatalog plugins, ServiceEnvironment env) {
        this.plugins = plugins;
        this.env = env;
    }

    /**
     * jnova's embedded defaults in a state directory: {@code fake://}, {@code fake.FakeDriver}, H2 under
     * {@code stateDir}, the API on 127.0.0.1 at {@code apiPort}. Config files, if any, are read first;
     * with none, ./nova.conf and /etc/nova/nova.conf are NOT consulted (the run must be reproducible).
     */
    public static ConfigOpts embeddedConfig(List<Path> configFiles, Path stateDir, int apiPort) {
        ConfigOpts config = NovaOptions.newConfig();
        if (configFiles.isEmpty()) {
            config.searchPath(List.of());
        }
        config.load(configFiles, null);
        config.set("DEFAULT", "state_path", stateDir.toString());
        config.set("DEFAULT", "osapi_compute_listen", "127.0.0.1");
        config.set("DEFAULT", "osapi_compute_listen_port", String.valueOf(apiPort));
        if (!config.isSet(NovaOptions.CONDUCTOR_WORKERS)) {
            // one conductor RPC server, stated explicitly (the option is unset by default)
            config.set("conductor", "workers", "1");
        }
        return config;
    }

    /** A TCP port free right now on the loopback interface. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Starts conductor, compute and API in that order, loading plugins from {@code pluginsRoot} (null = default). */
    public static EmbeddedCloud start(ConfigOpts config, Path pluginsRoot) throws Exception {
        PluginCatalog plugins = pluginsRoot == null ? PluginCatalog.load(config) : PluginCatalog.load(config, pluginsRoot);
        EmbeddedCloud cloud;
        try {
            cloud = new EmbeddedCloud(plugins, Bootstrap.environment(config, plugins, "jnova-embedded"));
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
        try {
            cloud.conductor = cloud.track(new ConductorLauncher().start(cloud.env));
            cloud.compute = cloud.track(new ComputeLauncher().start(cloud.env));
            cloud.api = (RunningApi) cloud.track(new ApiLauncher().start(cloud.env));
        } catch (Exception | Error e) {
            cloud.close();
            throw e;
        }
        return cloud;
    }

    private RunningService track(RunningService s) {
        running.add(s);
        LOG.info("started {}", s.description());
        return s;
    }

    /**
     * A config for one more compute in this cloud: the embedded defaults and the installed plugins'
     * options, with its own {@code host}; set its driver options, then {@link #startCompute} it.
     */
    public ConfigOpts computeConfig(String host) {
        ConfigOpts config = NovaOptions.newConfig();
        config.searchPath(List.of());
        config.load(List.of(), null);
        plugins.registerOptions(config);
        config.set("DEFAULT", "host", host);
        return config;
    }

    /**
     * Starts one more nova-compute in this JVM on the same bus and plugins, with its own config (its
     * own {@code host}, driver and driver options): a second hypervisor host for tests. Closed with the cloud.
     */
    public synchronized RunningService startCompute(ConfigOpts computeConfig) throws Exception {
        ServiceEnvironment own = new ServiceEnvironment(computeConfig, plugins, env.rpcTransport(), env.clock());
        return track(new ComputeLauncher().start(own));
    }

    /** {@code http://127.0.0.1:<port>/v2.1}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + api.port() + "/v2.1";
    }

    public ServiceEnvironment environment() {
        return env;
    }

    /** Stops nova-compute only (graceful), e.g. to see it reported down after service_down_time. */
    public synchronized void stopCompute() {
        if (compute != null) {
            compute.close();
            running.remove(compute);
            compute = null;
        }
    }

    /** Stops the services in reverse order, then the transport and the plugins. */
    @Override
    public synchronized void close() {
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
        conductor = null;
        compute = null;
        try {
            env.rpcTransport().close();
        } finally {
            plugins.close();
        }
    }
}
