package org.jnova.cli;

import java.nio.file.Path;
import org.jnova.common.plugin.JnovaPluginManager;

/** Points {@link JnovaPluginManager#PLUGINS_DIR_PROPERTY} at a directory for one test, then puts it back. */
final class PluginsDirProperty {
    private final String saved = System.getProperty(JnovaPluginManager.PLUGINS_DIR_PROPERTY);

    /** Remembers the current value; call {@link #restore} when the test ends. */
    PluginsDirProperty set(Path dir) {
        System.setProperty(JnovaPluginManager.PLUGINS_DIR_PROPERTY, dir.toString());
        return this;
    }

    void restore() {
        if (saved == null) {
            System.clearProperty(JnovaPluginManager.PLUGINS_DIR_PROPERTY);
        } else {
            System.setProperty(JnovaPluginManager.PLUGINS_DIR_PROPERTY, saved);
        }
    }
}
