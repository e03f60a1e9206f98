package org.jnova.adapter.transport.rabbit;

import org.pf4j.Plugin;

/** The PF4J plugin holding the RabbitMQ transport; its extension is {@link RabbitTransportDriverFactory}. */
public final class RabbitTransportPlugin extends Plugin {
}
