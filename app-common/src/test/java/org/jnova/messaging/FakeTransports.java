package org.jnova.messaging;

import java.util.UUID;
import org.jnova.adapter.transport.fake.FakeTransportDriverFactory;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.TransportDriver;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.transport.TransportContext;
import org.jnova.ports.transport.TransportUrl;

/** Test helper: fake:// drivers on their own control exchange, so tests sharing the JVM's bus stay apart. */
public final class FakeTransports {
    private FakeTransports() {
    }

    /** A fresh exchange name for one test. */
    public static String newExchange() {
        return "test-" + UUID.randomUUID();
    }

    /** A new driver (with its own reply queue) on {@code exchange}. */
    public static TransportDriver driver(String exchange) {
        TransportContext ctx = new TransportContext() {
            @Override
            public ConfigView config() {
                return option -> {
                    throw new IllegalArgumentException("no options in tests: " + option);
                };
            }

            @Override
            public String controlExchange() {
                return exchange;
            }

            @Override
            public String processName() {
                return "test";
            }
        };
        return new CoreTransportDriver(new FakeTransportDriverFactory().create(TransportUrl.parse("fake://"), ctx));
    }

    public static RpcTransport transport(String exchange) {
        return new RpcTransport(driver(exchange));
    }
}
