package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.nio.charset.StandardCharsets;
import org.jnova.messaging.conformance.TransportConformanceKit;
import org.jnova.ports.transport.wire.TransportWire;

/** The transport conformance kit on the real RabbitMQ (the test vhost of {@link TestBroker}). */
class RabbitTransportConformanceTest extends TransportConformanceKit {
    @Override
    protected TransportWire newWire(String controlExchange) {
        return new RabbitWire(TestBroker.url(), RabbitSettings.from(TestBroker.url(), null), controlExchange, "kit");
    }

    @Override
    protected void publishUndecodable(String controlExchange, String topic) throws Exception {
        try (Connection c = RabbitTransportDriverTest.rawConnection(); Channel ch = c.createChannel()) {
            ch.basicPublish(controlExchange, topic, OsloProperties.PLAIN, "{not json".getBytes(StandardCharsets.UTF_8));
        }
    }
}
