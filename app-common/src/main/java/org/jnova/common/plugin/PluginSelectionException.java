package org.jnova.common.plugin;

/**
 * A configured value selects no installed plugin (unknown transport scheme or compute_driver), or a
 * plugin archive cannot be used. The message names the option, its value and what is installed.
 */
public class PluginSelectionException extends RuntimeException {
    public PluginSelectionException(String message) {
        super(message);
    }

    public PluginSelectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
