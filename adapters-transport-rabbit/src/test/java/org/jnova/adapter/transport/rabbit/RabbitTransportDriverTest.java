package org.jnova.adapter.transport.rabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.RpcIncomingMessage;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.MessageDeliveryFailureException;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver against the real broker: calls, casts, fanout, failures, timeouts, heartbeats, bad input. */
class RabbitTransportDriverTest {
    private final String topic = "t_" + OsloMessages.newId().substring(0, 8);
    private CoreTransportDriver server;
    private CoreTransportDriver client;
    private EchoServer echo;
    private Listener listener;

    @BeforeEach
    void start() {
        server = TestBroker.driver("");
        client = TestBroker.driver("");
        echo = new EchoServer();
        listener = server.listen(new Target(null, topic, "host1", null, null, false), echo);
    }

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.close();
        }
        if (echo != null) {
            echo.close();
        }
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, Object> msg(String method, Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("args", args);
        m.put("version", "1.0");
        return m;
    }

    private static Map<String, Object> ctx() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("request_id", "req-1");
        c.put("global_request_id", "req-g");
        return c;
    }

    @Test
    void callReturnsResultAndCarriesContextToTopicAndServer() {
        Object r = client.call(Target.topic(topic), ctx(), msg("add", Map.of("a", 2, "b", 3)),
                CallOptions.of(Duration.ofSeconds(10)));
        assertThat(r).isEqualTo(5L);
        RpcIncomingMessage m = echo.received.poll();
        assertThat(m.context()).containsEntry("request_id", "req-1").containsEntry("global_request_id", "req-g");
        assertThat(m.expectsReply()).isTrue();
        Object r2 = client.call(Target.topic(topic).withServer("host1"), ctx(), msg("add", Map.of("a", 1, "b", 1)),
                CallOptions.of(Duration.ofSeconds(10)));
        assertThat(r2).isEqualTo(2L);
    }

    @Test
    void castAndFanoutReachTheServerWithoutReply() throws InterruptedException {
        client.send(Target.topic(topic), ctx(), msg("noop", Map.of()), SendOptions.DEFAULT);
        client.send(Target.topic(topic).withFanout(true), ctx(), msg("fan", Map.of()), SendOptions.DEFAULT);
        RpcIncomingMessage a = echo.received.poll(5, TimeUnit.SECONDS);
        RpcIncomingMessage b = echo.received.poll(5, TimeUnit.SECONDS);
        assertThat(a).isNotNull();
        assertThat(b).isNotNull();
        assertThat(a.expectsReply()).isFalse();
        assertThat(java.util.List.of(a.message().get("method"), b.message().get("method")))
                .containsExactlyInAnyOrder("noop", "fan");
    }

    @Test
    void remoteFailureSurfacesWithClassModuleMessageAndKwargs() {
        assertThatThrownBy(() -> client.call(Target.topic(topic), ctx(), msg("fail", Map.of()),
                CallOptions.of(Duration.ofSeconds(10))))
                .isInstanceOfSatisfying(RemoteFailureException.class, e -> {
                    assertThat(e.failure().className()).isEqualTo("InstanceNotFound");
                    assertThat(e.failure().module()).isEqualTo("nova.exception");
                    assertThat(e.failure().message()).isEqualTo("Instance i-1 could not be found.");
                    assertThat(e.failure().kwargs()).containsEntry("code", 404L);
                });
    }

    @Test
    void callToATopicNobodyServesTimesOut() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> client.call(Target.topic(topic + "_nobody"), ctx(), msg("add", Map.of()),
                CallOptions.of(Duration.ofMillis(800))))
                .isInstanceOf(MessagingTimeoutException.class)
                .hasMessageContaining("Timed out waiting for a reply to message ID");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void heartbeatsKeepAMonitoredSlowCallAliveAndTheirAbsenceEndsIt() {
        Object r = client.call(Target.topic(topic), ctx(), msg("slow", Map.of("seconds", 2.5, "heartbeat", true)),
                new CallOptions(Duration.ofSeconds(10), 1, null));
        assertThat(r).isEqualTo("done");
        assertThatThrownBy(() -> client.call(Target.topic(topic), ctx(),
                msg("slow", Map.of("seconds", 2.5, "heartbeat", false)), new CallOptions(Duration.ofSeconds(10), 1, null)))
                .isInstanceOf(MessagingTimeoutException.class);
    }

    @Test
    void malformedRequestsAreDroppedAndACallerGetsAFailureWhileServingGoesOn() throws Exception {
        try (Connection c = rawConnection(); Channel ch = c.createChannel()) {
            ch.basicPublish("nova", topic, OsloProperties.PLAIN, "this is not json".getBytes(StandardCharsets.UTF_8));
            ch.basicPublish("nova", topic, OsloProperties.PLAIN,
                    "{\"oslo.version\": \"3.0\", \"oslo.message\": \"{}\"}".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> noMethod = new LinkedHashMap<>();
        noMethod.put("args", Map.of());
        assertThatThrownBy(() -> client.call(Target.topic(topic), ctx(), noMethod, CallOptions.of(Duration.ofSeconds(5))))
                .isInstanceOfSatisfying(RemoteFailureException.class,
                        e -> assertThat(e.failure().message()).contains("malformed RPC request").contains("method"));
        assertThat(client.call(Target.topic(topic), ctx(), msg("add", Map.of("a", 1, "b", 2)),
                CallOptions.of(Duration.ofSeconds(5)))).isEqualTo(3L);
    }

    @Test
    void aDuplicateUniqueIdIsDeliveredOnce() throws Exception {
        byte[] body = WireCodec.request(msg("noop", Map.of()), ctx(), null, null, null, null);
        try (Connection c = rawConnection(); Channel ch = c.createChannel()) {
            ch.basicPublish("nova", topic, OsloProperties.PLAIN, body);
            ch.basicPublish("nova", topic, OsloProperties.PLAIN, body);
        }
        assertThat(echo.received.poll(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(echo.received.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aDeletedTopicQueueIsDeclaredAndConsumedAgain() throws Exception {
        try (Connection c = rawConnection(); Channel ch = c.createChannel()) {
            ch.queueDelete(topic);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Object r = null;
        while (r == null && System.nanoTime() < deadline) {
            try {
                r = client.call(Target.topic(topic), ctx(), msg("add", Map.of("a", 4, "b", 5)),
                        CallOptions.of(Duration.ofSeconds(1)));
            } catch (MessagingTimeoutException e) {
                // not consuming again yet
            }
        }
        assertThat(r).isEqualTo(9L);
    }

    @Test
    void anUnroutableAtLeastOnceCastFailsInsteadOfVanishing() {
        assertThatThrownBy(() -> client.send(Target.topic(topic + "_nobody"), ctx(), msg("noop", Map.of()),
                new SendOptions(0, true)))
                .isInstanceOf(MessageDeliveryFailureException.class)
                .hasMessageContaining("undeliverable");
    }

    @Test
    void anUnknownUrlQueryOptionIsRefused() {
        assertThatThrownBy(() -> TestBroker.driver("?no_such_option=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_option");
    }

    static Connection rawConnection() throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setUri("amqp://guest:guest@127.0.0.1:5672/" + TestBroker.VHOST);
        return f.newConnection();
    }
}
