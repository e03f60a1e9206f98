package org.jnova.adapter.transport.fake;

import org.jnova.ports.transport.TransportContext;
import org.jnova.ports.transport.TransportDriverFactory;
import org.jnova.ports.transport.TransportUrl;
import org.jnova.ports.transport.wire.TransportWire;
import org.pf4j.Extension;

/** Creates {@code fake://} wires; all of them share the JVM's one {@link FakeBus}. */
@Extension
public class FakeTransportDriverFactory implements TransportDriverFactory {
    @Override
    public String scheme() {
        return "fake";
    }

    @Override
    public String description() {
        return "in-process bus with oslo's fake-driver semantics and a full JSON round trip";
    }

    @Override
    public TransportWire create(TransportUrl url, TransportContext context) {
        String exchange = context == null || context.controlExchange() == null ? "nova" : context.controlExchange();
        return new FakeWire(FakeBus.INSTANCE, exchange);
    }
}
