package org.jnova.adapter.transport.rabbit;

import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.transport.TransportContext;
import org.jnova.ports.transport.TransportDriverFactory;
import org.jnova.ports.transport.TransportUrl;
import org.jnova.ports.transport.wire.TransportWire;
import org.pf4j.Extension;

/** Selects {@link RabbitWire} for {@code rabbit://} and {@code kombu://} URLs. */
@Extension
public final class RabbitTransportDriverFactory implements TransportDriverFactory {
    @Override
    public String scheme() {
        return "rabbit";
    }

    @Override
    public List<String> aliases() {
        return List.of("kombu");
    }

    @Override
    public List<ConfigOption> options() {
        return RabbitOptions.ALL;
    }

    @Override
    public String description() {
        return "RabbitMQ (AMQP 0-9-1) transport, wire-compatible with oslo.messaging 14";
    }

    @Override
    public TransportWire create(TransportUrl url, TransportContext context) {
        return new RabbitWire(url, context);
    }
}
