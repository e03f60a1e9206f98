package org.jnova.common.boot;

import org.jnova.ports.config.ConfigView;
import org.jnova.ports.transport.TransportContext;

/** The TransportContext the host gives a transport plugin. */
record HostTransportContext(ConfigView config, String controlExchange, String processName) implements TransportContext {
}
