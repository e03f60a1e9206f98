package org.jnova.ports.transport;

import org.jnova.ports.config.ConfigView;

/** What a transport driver gets from its host: configuration and identity. */
public interface TransportContext {
    ConfigView config();

    /** {@code control_exchange}: {@code nova} for jnova, as for Nova. */
    String controlExchange();

    /** A short name for connection names and logs, e.g. {@code jnova-compute:host1}. */
    String processName();
}
