package org.jnova.common.boot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.config.SchedulerOptions;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.common.plugin.PluginSelectionException;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.TransportDriver;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.placement.PlacementDriverFactory;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.transport.TransportDriverFactory;
import org.jnova.ports.transport.TransportUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process start-up without Guice ceremony: config files -> plugins -> transport driver -> RPC transport.
 * The CLI uses it to build the one {@link ServiceEnvironment} its services share.
 */
public final class Bootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private Bootstrap() {
    }

    /** Nova's options registered and the files read (see {@link ConfigOpts#load}). */
    public static ConfigOpts loadConfig(List<Path> configFiles, Path configDir) {
        return NovaOptions.newConfig().load(configFiles, configDir);
    }

    /**
     * Creates the transport driver selected by {@code transport_url}: the plugin offering its scheme
     * creates it with {@code control_exchange}. {@code processName} names connections, e.g. {@code jnova-compute:host1}.
     */
    public static TransportDriver transportDriver(ConfigOpts config, PluginCatalog plugins, String processName) {
        String raw = config.string(NovaOptions.TRANSPORT_URL);
        TransportUrl url;
        try {
            url = TransportUrl.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new PluginSelectionException("transport_url: " + e.getMessage(), e);
        }
        TransportDriverFactory factory = plugins.transportFactory(url);
        LOG.info("transport {} via {}", url, factory.description());
        // the plugin supplies its wire; the RPC core every transport shares goes around it here, once
        return new CoreTransportDriver(factory.create(url, new HostTransportContext(config,
                config.string(NovaOptions.CONTROL_EXCHANGE), processName)));
    }

    /** One environment for the process: config, plugins, an RPC transport over the selected driver. */
    public static ServiceEnvironment environment(ConfigOpts config, PluginCatalog plugins, String processName) {
        TransportDriver driver = transportDriver(config, plugins, processName);
        return new ServiceEnvironment(config, plugins, new RpcTransport(driver), Clock.systemUTC());
    }

    /** The hypervisor driver selected by {@code compute_driver}, created with host and state_path. */
    public static HypervisorDriver hypervisorDriver(ConfigOpts config, PluginCatalog plugins) {
        String name = config.string(NovaOptions.COMPUTE_DRIVER);
        return plugins.hypervisorFactory(name).create(name, new HostDriverContext(config,
                config.string(NovaOptions.HOST), Path.of(config.string(NovaOptions.STATE_PATH))));
    }

    /**
     * The placement plugin {@code [scheduler] placement_driver} names (not {@code embedded}, which the
     * conductor builds over its own database), created from its options.
     */
    public static PlacementService placementDriver(ConfigOpts config, PluginCatalog plugins) {
        String name = config.string(SchedulerOptions.PLACEMENT_DRIVER);
        PlacementDriverFactory factory = plugins.placementFactory(name);
        LOG.info("placement via {}", factory.description());
        try {
            return factory.create(config);
        } catch (IllegalArgumentException e) {
            throw new PluginSelectionException("[scheduler] placement_driver = " + name + ": " + e.getMessage(), e);
        }
    }
}
