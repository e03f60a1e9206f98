package org.jnova.common.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * jnova's PF4J manager: deployment mode, system version 0.1.0 (checked against {@code plugin.requires}),
 * zip/directory and jar plugins whose class loaders take domain, ports and SLF4J from the host.
 * Plugins are loaded once at start-up and never hot-unloaded.
 */
public class JnovaPluginManager extends DefaultPluginManager {
    public static final String SYSTEM_VERSION = "0.1.0";
    public static final String PLUGINS_DIR_PROPERTY = "jnova.plugins.dir";
    public static final String HOME_PROPERTY = "jnova.home";

    public JnovaPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(SYSTEM_VERSION);
    }

    /** {@code -Djnova.plugins.dir}, else {@code <jnova.home>/plugins}, else {@code ./plugins}. */
    public static Path defaultPluginsRoot() {
        String dir = System.getProperty(PLUGINS_DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home, "plugins");
        }
        return Path.of("plugins");
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                        return new HostFirstPluginClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                    }
                })
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                        return new HostFirstPluginClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                    }
                });
    }

    /** Stops started plugins in reverse order without iterating the list PF4J mutates (pf4j#656). */
    @Override
    public void stopPlugins() {
        List<PluginWrapper> started = new ArrayList<>(getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper w : started) {
            if (w.getPluginState().isStarted()) {
                stopPlugin(w.getPluginId());
            }
        }
    }
}
