package org.jnova.adapter.transport.rabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.MessageDeliveryFailureException;
import org.junit.jupiter.api.Test;

/**
 * The broker drops every connection of a driver pair ({@code rabbitmqctl close_connection}, which looks
 * to the client like a broker failure without disturbing other users of the shared broker): the
 * listener's queues and consumers and the reply queue come back, and calls and casts made after the
 * drop are retried through the outage and succeed.
 */
class ConnectionRecoveryTest {
    @Test
    void callsAndCastsWorkAgainAfterTheBrokerDropsAllConnections() throws Exception {
        TestBroker.assumeBroker();
        assumeTrue(rabbitmqctl("status").contains("RabbitMQ"), "SKIPPED: rabbitmqctl is not usable here");
        String name = "recovery-" + OsloMessages.newId().substring(0, 10);
        String topic = "t_" + name;
        try (CoreTransportDriver server = new CoreTransportDriver(new RabbitWire(TestBroker.url(), RabbitSettings.defaults(),
                "nova", name));
             CoreTransportDriver client = new CoreTransportDriver(new RabbitWire(TestBroker.url(), RabbitSettings.defaults(),
                     "nova", name));
             EchoServer echo = new EchoServer();
             Listener l = server.listen(new Target(null, topic, "host1", null, null, false), echo)) {
            assertThat(client.call(Target.topic(topic), Map.of(), add(), CallOptions.of(Duration.ofSeconds(10))))
                    .isEqualTo(3L);
            echo.received.clear();

            int closed = closeConnectionsNamed(name);
            assertThat(closed).as("connections closed by the broker").isGreaterThanOrEqualTo(4);

            assertThat(client.call(Target.topic(topic), Map.of(), add(), CallOptions.of(Duration.ofSeconds(30))))
                    .isEqualTo(3L);
            client.send(Target.topic(topic).withServer("host1"), Map.of(), noop(), new SendOptions(null, false));
            client.send(Target.topic(topic).withFanout(true), Map.of(), noop(), new SendOptions(null, false));
            List<Object> methods = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                var m = echo.received.poll(20, TimeUnit.SECONDS);
                assertThat(m).as("request %d after recovery", i).isNotNull();
                methods.add(m.message().get("method"));
            }
            assertThat(methods).containsExactlyInAnyOrder("add", "noop", "noop");

        }
    }

    @Test
    void aCastWithoutRetriesRaisesWhileTheConnectionIsDown() {
        TestBroker.assumeBroker();
        assumeTrue(rabbitmqctl("status").contains("RabbitMQ"), "SKIPPED: rabbitmqctl is not usable here");
        String name = "outage-" + OsloMessages.newId().substring(0, 10);
        // a 20 s first reconnect wait keeps the connection down for the whole assertion
        try (CoreTransportDriver client = new CoreTransportDriver(new RabbitWire(TestBroker.url("?rabbit_retry_interval=20"),
                RabbitSettings.from(TestBroker.url("?rabbit_retry_interval=20"), null), "nova", name))) {
            client.send(Target.topic("t_" + name), Map.of(), noop(), new SendOptions(0, false));
            assertThat(closeConnectionsNamed(name)).isEqualTo(1);
            assertThatThrownBy(() -> client.send(Target.topic("t_" + name), Map.of(), noop(), new SendOptions(0, false)))
                    .isInstanceOf(MessageDeliveryFailureException.class)
                    .hasMessageContaining("after 1 attempt(s)");
        }
    }

    @Test
    void anUnreachableBrokerIsAClearErrorAfterAShortRetry() {
        org.jnova.ports.transport.TransportUrl url = org.jnova.ports.transport.TransportUrl.parse(
                "rabbit://guest:secret@127.0.0.1:1/?rabbit_retry_interval=1&rabbit_retry_backoff=20");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> new CoreTransportDriver(new RabbitWire(url, RabbitSettings.from(url, null), "nova", "unreachable")))
                .isInstanceOf(org.jnova.ports.transport.TransportException.class)
                .hasMessageContaining("cannot connect to rabbit://guest:***@127.0.0.1:1/")
                .hasMessageContaining("after 2 attempt(s)")
                .hasMessageNotContaining("secret");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
    }

    private static Map<String, Object> add() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "add");
        m.put("args", Map.of("a", 1, "b", 2));
        return m;
    }

    private static Map<String, Object> noop() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "noop");
        m.put("args", Map.of());
        return m;
    }

    /** Closes, from the broker side, every connection whose client-provided name contains {@code part}. */
    private static int closeConnectionsNamed(String part) {
        String out = rabbitmqctl("list_connections", "pid", "client_properties", "--no-table-headers", "-q");
        int n = 0;
        Matcher m = Pattern.compile("^(<[^>]+>)\\s.*" + Pattern.quote(part), Pattern.MULTILINE).matcher(out);
        while (m.find()) {
            rabbitmqctl("close_connection", m.group(1), "jnova recovery test");
            n++;
        }
        return n;
    }

    private static String rabbitmqctl(String... args) {
        List<String> cmd = new ArrayList<>(List.of("rabbitmqctl"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
