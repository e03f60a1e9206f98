package org.jnova.cli.rpc;

import org.jnova.common.boot.Bootstrap;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.messaging.driver.TransportDriver;

/**
 * The transport a diagnostics or benchmark command talks through: config files, then
 * {@code --transport-url} when given, then the plugin that serves the URL's scheme.
 */
public final class RpcBus implements AutoCloseable {
    private final PluginCatalog plugins;
    private final TransportDriver driver;

    private RpcBus(PluginCatalog plugins, TransportDriver driver) {
        this.plugins = plugins;
        this.driver = driver;
    }

    /** Opens the driver; {@code transportUrl} null means the config file's {@code transport_url}. */
    public static RpcBus open(ConfigOpts config, String transportUrl, String processName) {
        PluginCatalog plugins = PluginCatalog.load(config);
        try {
            if (transportUrl != null) {
                config.set(NovaOptions.TRANSPORT_URL.group(), NovaOptions.TRANSPORT_URL.name(), transportUrl);
            }
            return new RpcBus(plugins, Bootstrap.transportDriver(config, plugins, processName));
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    public TransportDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            plugins.close();
        }
    }
}
