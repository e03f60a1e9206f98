package org.jnova.adapter.transport.fake;

import org.jnova.messaging.conformance.TransportConformanceKit;
import org.jnova.ports.transport.wire.TransportWire;

/** The transport conformance kit on the in-process bus. */
class FakeTransportConformanceTest extends TransportConformanceKit {
    @Override
    protected TransportWire newWire(String controlExchange) {
        return new FakeWire(FakeBus.INSTANCE, controlExchange);
    }

    @Override
    protected void publishUndecodable(String controlExchange, String topic) {
        FakeBus.INSTANCE.queue(controlExchange, topic).put(new QueuedMessage("{not json", 0));
    }
}
