package org.jnova.common.config;

/**
 * Bad configuration: a malformed line, a value that does not fit its option, a missing config file.
 * The message is one line meant for the operator, e.g.
 * {@code /etc/nova/nova.conf:12: [DEFAULT] report_interval = 'ten': not an integer}.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
