package org.jnova.common.plugin;

import java.util.List;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * PF4J's child-first plugin class loader, except for the API the host owns: domain, ports and SLF4J
 * always come from the application. A plugin that bundled its own copy would otherwise define a second
 * {@code TransportDriverFactory} and PF4J would find no extensions.
 */
final class HostFirstPluginClassLoader extends PluginClassLoader {
    static final List<String> HOST_PACKAGES = List.of("org.jnova.domain.", "org.jnova.ports.", "org.slf4j.");

    HostFirstPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        for (String prefix : HOST_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return super.shouldDelegateToParent(className);
    }
}
