package org.jnova.common.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jnova.common.config.ConfigOpts;
import org.jnova.ports.hypervisor.HypervisorDriverFactory;
import org.jnova.ports.placement.PlacementDriverFactory;
import org.jnova.ports.transport.TransportDriverFactory;
import org.jnova.ports.transport.TransportUrl;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed adapters: loads and starts the plugins once, indexes their transport, hypervisor and
 * placement factories by scheme / compute_driver / placement_driver, and registers every factory's options into the config (so
 * their values in nova.conf are validated). Factories found on the application class path (e.g. an
 * adapter used as a test dependency) count too, listed as plugin {@code (classpath)}.
 */
public final class PluginCatalog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginCatalog.class);
    static final String CLASSPATH_ID = "(classpath)";

    private final JnovaPluginManager manager;
    private final Path pluginsRoot;
    private final Map<String, TransportDriverFactory> transports = new LinkedHashMap<>();
    private final Map<String, HypervisorDriverFactory> hypervisors = new LinkedHashMap<>();
    private final Map<String, PlacementDriverFactory> placements = new LinkedHashMap<>();
    private final Map<String, List<String>> provides = new LinkedHashMap<>();

    private PluginCatalog(JnovaPluginManager manager, Path pluginsRoot) {
        this.manager = manager;
        this.pluginsRoot = pluginsRoot;
    }

    /** Loads from {@link JnovaPluginManager#defaultPluginsRoot()}. */
    public static PluginCatalog load(ConfigOpts config) {
        return load(config, JnovaPluginManager.defaultPluginsRoot());
    }

    /**
     * Verifies the archives, loads and starts every plugin under {@code pluginsRoot} (a missing
     * directory means no plugins) and registers their options into {@code config}.
     */
    public static PluginCatalog load(ConfigOpts config, Path pluginsRoot) {
        Path root = pluginsRoot.toAbsolutePath().normalize();
        PluginArchives.verifyAll(root);
        JnovaPluginManager manager = new JnovaPluginManager(root);
        manager.loadPlugins();
        for (PluginWrapper w : manager.getPlugins()) {
            if (w.getPluginState() == PluginState.FAILED) {
                Throwable why = w.getFailedException();
                throw new PluginSelectionException("plugin " + w.getPluginId() + " (" + w.getPluginPath()
                        + ") failed to load: " + (why == null ? "unknown reason" : why.getMessage()), why);
            }
        }
        manager.startPlugins();
        PluginCatalog catalog = new PluginCatalog(manager, root);
        List<String> ids = new ArrayList<>();
        ids.add(null);
        manager.getStartedPlugins().forEach(w -> ids.add(w.getPluginId()));
        for (String id : ids) {
            catalog.index(config, id);
        }
        LOG.info("plugins from {}: {}", root, catalog.provides);
        return catalog;
    }

    private void index(ConfigOpts config, String pluginId) {
        List<String> offered = new ArrayList<>();
        for (TransportDriverFactory f : extensions(TransportDriverFactory.class, pluginId)) {
            List<String> names = new ArrayList<>();
            names.add(f.scheme());
            names.addAll(f.aliases());
            names.forEach(n -> addUnique(transports, n, f, "transport scheme", pluginId));
            config.register(f.options());
            offered.add("transport: " + String.join(", ", names));
        }
        for (HypervisorDriverFactory f : extensions(HypervisorDriverFactory.class, pluginId)) {
            List<String> names = new ArrayList<>();
            names.add(f.name());
            names.addAll(f.aliases());
            names.forEach(n -> addUnique(hypervisors, n, f, "compute_driver", pluginId));
            config.register(f.options());
            offered.add("compute_driver: " + String.join(", ", names));
        }
        for (PlacementDriverFactory f : extensions(PlacementDriverFactory.class, pluginId)) {
            addUnique(placements, f.name(), f, "placement_driver", pluginId);
            config.register(f.options());
            offered.add("placement_driver: " + f.name());
        }
        if (pluginId != null || !offered.isEmpty()) {
            provides.put(pluginId == null ? CLASSPATH_ID : pluginId, offered);
        }
    }

    /** A plugin's extensions; for a null id those of the application class path (PF4J's null id means all). */
    private <T> List<T> extensions(Class<T> type, String pluginId) {
        if (pluginId != null) {
            return manager.getExtensions(type, pluginId);
        }
        return manager.getExtensions(type).stream().filter(e -> manager.whichPlugin(e.getClass()) == null).toList();
    }

    private static <T> void addUnique(Map<String, T> index, String name, T factory, String what, String pluginId) {
        T previous = index.putIfAbsent(name, factory);
        if (previous != null && !previous.getClass().getName().equals(factory.getClass().getName())) {
            throw new PluginSelectionException(what + " '" + name + "' is provided twice: by "
                    + previous.getClass().getName() + " and by " + factory.getClass().getName()
                    + " (plugin " + (pluginId == null ? CLASSPATH_ID : pluginId) + ")");
        }
    }

    /** The factory serving {@code transportUrl}'s driver (scheme up to {@code +}). */
    public TransportDriverFactory transportFactory(TransportUrl transportUrl) {
        TransportDriverFactory f = transports.get(transportUrl.driver());
        if (f == null) {
            throw new PluginSelectionException("transport_url scheme '" + transportUrl.driver() + "' (transport_url = "
                    + transportUrl + ") is not provided by any installed plugin; installed transports: "
                    + listOrNone(transports.keySet()) + " (plugins dir: " + pluginsRoot + ")");
        }
        return f;
    }

    /** The factory for a transport scheme such as {@code rabbit}. */
    public TransportDriverFactory transportFactory(String scheme) {
        TransportDriverFactory f = transports.get(scheme);
        if (f == null) {
            throw new PluginSelectionException("transport_url scheme '" + scheme
                    + "' is not provided by any installed plugin; installed transports: "
                    + listOrNone(transports.keySet()) + " (plugins dir: " + pluginsRoot + ")");
        }
        return f;
    }

    /** The factory for a {@code compute_driver} value such as {@code libvirt.LibvirtDriver}. */
    public HypervisorDriverFactory hypervisorFactory(String computeDriver) {
        HypervisorDriverFactory f = computeDriver == null ? null : hypervisors.get(computeDriver);
        if (f == null) {
            throw new PluginSelectionException("compute_driver '" + computeDriver
                    + "' is not provided by any installed plugin; installed compute drivers: "
                    + listOrNone(hypervisors.keySet()) + " (plugins dir: " + pluginsRoot + ")");
        }
        return f;
    }

    /** The factory for a {@code [scheduler] placement_driver} value such as {@code openstack}. */
    public PlacementDriverFactory placementFactory(String placementDriver) {
        PlacementDriverFactory f = placementDriver == null ? null : placements.get(placementDriver);
        if (f == null) {
            throw new PluginSelectionException("[scheduler] placement_driver '" + placementDriver
                    + "' is not provided by any installed plugin; installed placement drivers: embedded (built in)"
                    + (placements.isEmpty() ? "" : ", " + String.join(", ", placements.keySet()))
                    + " (plugins dir: " + pluginsRoot + ")");
        }
        return f;
    }

    /** Registers every installed factory's options into another config (a second service's, in this process). */
    public void registerOptions(ConfigOpts config) {
        transports.values().stream().distinct().forEach(f -> config.register(f.options()));
        hypervisors.values().stream().distinct().forEach(f -> config.register(f.options()));
        placements.values().stream().distinct().forEach(f -> config.register(f.options()));
    }

    public Path pluginsRoot() {
        return pluginsRoot;
    }

    /** Every plugin (and class-path factories) with what it provides, for {@code jnova plugin list}. */
    public List<PluginInfo> describe() {
        List<PluginInfo> out = new ArrayList<>();
        List<String> classpath = provides.get(CLASSPATH_ID);
        if (classpath != null) {
            out.add(new PluginInfo(CLASSPATH_ID, JnovaPluginManager.SYSTEM_VERSION, "STARTED", null, classpath));
        }
        for (PluginWrapper w : manager.getPlugins()) {
            out.add(new PluginInfo(w.getPluginId(), w.getDescriptor().getVersion(), w.getPluginState().toString(),
                    w.getPluginPath(), provides.getOrDefault(w.getPluginId(), List.of())));
        }
        return out;
    }

    private static String listOrNone(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** Stops the plugins; call once the drivers they created are closed. */
    @Override
    public void close() {
        manager.stopPlugins();
    }
}
