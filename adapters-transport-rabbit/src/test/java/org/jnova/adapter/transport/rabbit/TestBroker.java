package org.jnova.adapter.transport.rabbit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.ports.transport.TransportUrl;

/**
 * The loopback RabbitMQ the tests use, in vhost {@code jnova_test} (created with rabbitmqctl when it is
 * available). Tests are skipped, with a message saying so, when no broker listens on 127.0.0.1:5672.
 */
final class TestBroker {
    /** The test vhost; JNOVA_TEST_VHOST_PREFIX keeps parallel runs on one broker apart. */
    static final String VHOST = System.getenv().getOrDefault("JNOVA_TEST_VHOST_PREFIX", "") + "jnova_test";
    static final String URL = "rabbit://guest:guest@127.0.0.1:5672/" + VHOST;
    private static volatile boolean vhostReady;

    private TestBroker() {
    }

    static TransportUrl url() {
        return url("");
    }

    static TransportUrl url(String query) {
        assumeBroker();
        return TransportUrl.parse(URL + query);
    }

    static void assumeBroker() {
        boolean up;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        assumeTrue(up, "SKIPPED: no RabbitMQ on 127.0.0.1:5672 (start rabbitmq-server to run the rabbit transport tests)");
        ensureVhost();
    }

    private static synchronized void ensureVhost() {
        if (vhostReady) {
            return;
        }
        run("rabbitmqctl", "add_vhost", VHOST);
        run("rabbitmqctl", "set_permissions", "-p", VHOST, "guest", ".*", ".*", ".*");
        vhostReady = true;
    }

    private static void run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no rabbitmqctl here: the vhost must have been created by the test script
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static CoreTransportDriver driver(String query) {
        return new CoreTransportDriver(new RabbitWire(url(query), RabbitSettings.from(url(query), null), "nova", "jnova-test"));
    }
}
