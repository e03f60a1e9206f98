package org.jnova.ports.transport;

import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.transport.wire.TransportWire;

/**
 * The extension a transport plugin provides: creates its driver for a URL scheme, as oslo's
 * {@code oslo.messaging.drivers} entry points do ({@code rabbit}, alias {@code kombu}).
 */
public interface TransportDriverFactory {
    /** The URL scheme this driver serves, e.g. {@code rabbit}. */
    String scheme();

    /** Other schemes that select the same driver, e.g. {@code kombu}. */
    default List<String> aliases() {
        return List.of();
    }

    /** The options this driver reads (its {@code [oslo_messaging_*]} group), for config parsing and samples. */
    default List<ConfigOption> options() {
        return List.of();
    }

    /** One-line description for {@code jnova plugin list}. */
    default String description() {
        return scheme() + " transport";
    }

    /**
     * Creates the driver's wire for {@code url}. The host wraps it in the RPC core (the messaging module), so a
     * plugin supplies only its protocol; a bad URL or option is an IllegalArgumentException naming it.
     */
    TransportWire create(TransportUrl url, TransportContext context);
}
