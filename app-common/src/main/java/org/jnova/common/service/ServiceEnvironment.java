package org.jnova.common.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.common.servicegroup.DbServiceGroupDriver;
import org.jnova.domain.objects.Service;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.TransportDriver;
import org.jnova.ports.servicegroup.ServiceGroupDriver;

/**
 * What every service of one process shares: the loaded config, the plugin catalog, one RPC transport
 * (so an all-in-one uses one bus) and the clock. Built once by the CLI (or a test) and handed to each
 * {@link ServiceLauncher}. The environment's owner closes the transport and the catalog.
 */
public final class ServiceEnvironment {
    private final ConfigOpts config;
    private final PluginCatalog plugins;
    private final RpcTransport rpcTransport;
    private final Clock clock;
    private final boolean processManagesShutdown;

    public ServiceEnvironment(ConfigOpts config, PluginCatalog plugins, RpcTransport rpcTransport, Clock clock) {
        this(config, plugins, rpcTransport, clock, false);
    }

    private ServiceEnvironment(ConfigOpts config, PluginCatalog plugins, RpcTransport rpcTransport, Clock clock,
                               boolean processManagesShutdown) {
        this.config = Objects.requireNonNull(config, "config");
        this.plugins = plugins;
        this.rpcTransport = Objects.requireNonNull(rpcTransport, "rpcTransport");
        this.clock = clock == null ? Clock.systemUTC() : clock;
        this.processManagesShutdown = processManagesShutdown;
    }

    /**
     * The same environment, for a process that stops its services itself on SIGTERM (in reverse start
     * order, as the CLI does): services then install no JVM shutdown hook of their own.
     */
    public ServiceEnvironment withProcessManagedShutdown() {
        return new ServiceEnvironment(config, plugins, rpcTransport, clock, true);
    }

    /** Whether the process stops the services on SIGTERM (else each {@link NovaService} installs a hook). */
    public boolean processManagesShutdown() {
        return processManagesShutdown;
    }

    public ConfigOpts config() {
        return config;
    }

    /** The plugin catalog; null when the environment was built without plugins (tests with a classpath driver). */
    public PluginCatalog plugins() {
        return plugins;
    }

    public RpcTransport rpcTransport() {
        return rpcTransport;
    }

    public TransportDriver transportDriver() {
        return rpcTransport.driver();
    }

    public Clock clock() {
        return clock;
    }

    /** {@code CONF.host}. */
    public String host() {
        return config.string(NovaOptions.HOST);
    }

    /**
     * A {@code servicegroup_driver=db} driver for one service: {@code lookup} answers
     * {@code ServiceList.get_by_topic} (the conductor passes its repository, compute and API the conductor RPC).
     */
    public ServiceGroupDriver serviceGroup(Function<String, List<Service>> lookup) {
        return new DbServiceGroupDriver(config, clock, lookup);
    }
}
