package org.jnova.adapter.transport.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.PyJson;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.RpcIncomingMessage;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.MessageDeliveryFailureException;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The driver at the port level, including what only a raw bus can show: bodies, duplicates, malformed input. */
class FakeTransportDriverTest {
    private final String exchange = "t-" + UUID.randomUUID();
    private final CoreTransportDriver driver = new CoreTransportDriver(new FakeWire(FakeBus.INSTANCE, exchange));
    private final List<Listener> listeners = new ArrayList<>();
    private final BlockingQueue<RpcIncomingMessage> received = new LinkedBlockingQueue<>();
    private final Map<String, Object> context = ctx();

    private static Map<String, Object> ctx() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("user_id", "u1");
        c.put("request_id", "req-x");
        return c;
    }

    @AfterEach
    void tearDown() {
        listeners.forEach(Listener::close);
        driver.close();
    }

    private void listen(String topic, String server) {
        listeners.add(driver.listen(new Target(null, topic, server, null, null, false), received::add));
    }

    private static Map<String, Object> message(String method, Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("args", args);
        m.put("version", "6.0");
        return m;
    }

    private RpcIncomingMessage next() throws InterruptedException {
        RpcIncomingMessage m = received.poll(5, TimeUnit.SECONDS);
        assertThat(m).as("a message was delivered").isNotNull();
        return m;
    }

    @Test
    void castArrivesDecodedWithContextAndNoReply() throws Exception {
        listen("compute", "h1");
        driver.send(Target.topic("compute"), context, message("refresh", Map.of("x", 1.5)), SendOptions.DEFAULT);
        RpcIncomingMessage m = next();
        assertThat(m.expectsReply()).isFalse();
        assertThat(m.message()).containsEntry("method", "refresh").containsEntry("version", "6.0");
        assertThat(m.message().get("args")).isEqualTo(Map.of("x", 1.5));
        assertThat(m.context()).containsEntry("user_id", "u1").containsEntry("request_id", "req-x");
        m.reply("ignored");
    }

    @Test
    void callGetsTheReplyAndAFailureBecomesRemoteFailureException() throws Exception {
        listen("compute", "h1");
        Thread server = new Thread(() -> {
            try {
                RpcIncomingMessage a = next();
                assertThat(a.clientTimeout()).isEqualTo(7);
                a.heartbeat();
                a.reply(Map.of("ok", true));
                a.reply("second final reply is ignored");
                RpcIncomingMessage b = next();
                b.replyFailure(new RemoteFailure("ValueError", "builtins", "bad", List.of("tb\n"), List.of("bad"),
                        Map.of()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        CallOptions opts = new CallOptions(Duration.ofSeconds(5), 7, null);
        assertThat(driver.call(Target.topic("compute"), context, message("a", Map.of()), opts))
                .isEqualTo(Map.of("ok", true));
        assertThatThrownBy(() -> driver.call(Target.topic("compute"), context, message("b", Map.of()), opts))
                .isInstanceOf(RemoteFailureException.class)
                .satisfies(e -> {
                    RemoteFailure f = ((RemoteFailureException) e).failure();
                    assertThat(f.className()).isEqualTo("ValueError");
                    assertThat(f.tb()).containsExactly("tb\n");
                });
        server.join(5000);
    }

    @Test
    void duplicateUniqueIdsAreDropped() throws Exception {
        listen("dup", "h1");
        Map<String, Object> inner = OsloMessages.request("m", Map.of(), null, null, null, null, null, false, context);
        String body = OsloEnvelope.serialize(inner);
        FakeBus.INSTANCE.queue(exchange, "dup").put(new QueuedMessage(body, 0));
        FakeBus.INSTANCE.queue(exchange, "dup").put(new QueuedMessage(body, 0));
        next();
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).as("the duplicate").isNull();
    }

    @Test
    void malformedBodiesAreDroppedAndRecoverableCallersGetAFailure() throws Exception {
        listen("bad", "h1");
        FakeBus.INSTANCE.queue(exchange, "bad").put(new QueuedMessage("{not json", 0));
        FakeBus.INSTANCE.queue(exchange, "bad").put(new QueuedMessage(
                "{\"oslo.version\": \"3.0\", \"oslo.message\": \"{}\"}", 0));
        // a broken _timeout, but _msg_id and _reply_q can be read: the caller hears about it
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        FakeBus.INSTANCE.registerReplyQueue("reply_test_" + exchange, replies::add);
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("method", "m");
        inner.put("args", Map.of());
        inner.put("_msg_id", "m-1");
        inner.put("_reply_q", "reply_test_" + exchange);
        inner.put("_timeout", "soon");
        FakeBus.INSTANCE.queue(exchange, "bad").put(new QueuedMessage(OsloEnvelope.serialize(inner), 0));
        String reply = replies.poll(5, TimeUnit.SECONDS);
        FakeBus.INSTANCE.removeReplyQueue("reply_test_" + exchange);
        assertThat(reply).isNotNull();
        Map<String, Object> r = OsloEnvelope.deserialize(reply);
        assertThat(r).containsEntry("_msg_id", "m-1").containsEntry("ending", true);
        assertThat(OsloMessages.parseFailure((String) r.get("failure")).message()).contains("_timeout");
        // nothing reached the handler, and the listener still works
        assertThat(received).isEmpty();
        driver.send(Target.topic("bad"), context, message("fine", Map.of()), SendOptions.DEFAULT);
        assertThat(next().message()).containsEntry("method", "fine");
    }

    @Test
    void requestsAreEncodedAsOsloDoes() throws Exception {
        MessageQueue q = FakeBus.INSTANCE.queue(exchange, "raw");
        driver.send(Target.topic("raw"), context, message("m", Map.of("u", "caf\u00e9")), SendOptions.DEFAULT);
        String body = q.take().body();
        assertThat(body).startsWith("{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"method\\\": \\\"m\\\", ");
        assertThat(body).contains("caf\\\\u00e9");
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) PyJson.loads(
                (String) ((Map<?, ?>) PyJson.loads(body)).get("oslo.message"));
        assertThat(inner.keySet()).containsExactly("method", "args", "version", "_unique_id", "_context_user_id",
                "_context_request_id");
    }

    @Test
    void fanoutQueuesGoAwayWithTheirListener() throws Exception {
        listen("fan", "h1");
        Listener second = driver.listen(new Target(null, "fan", "h2", null, null, false), received::add);
        driver.send(new Target(null, "fan", null, null, null, true), context, message("f", Map.of()),
                SendOptions.DEFAULT);
        next();
        next();
        second.close();
        driver.send(new Target(null, "fan", null, null, null, true), context, message("f", Map.of()),
                SendOptions.DEFAULT);
        next();
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void mandatoryCastWithoutConsumerFailsAndCallTimesOut() {
        assertThatThrownBy(() -> driver.send(Target.topic("nobody"), context, message("m", Map.of()),
                new SendOptions(0, true))).isInstanceOf(MessageDeliveryFailureException.class);
        assertThatThrownBy(() -> driver.call(Target.topic("nobody"), context, message("m", Map.of()),
                CallOptions.of(Duration.ofMillis(200))))
                .isInstanceOf(MessagingTimeoutException.class)
                .hasMessageStartingWith("Timed out waiting for a reply to message ID ");
    }

    @Test
    void expiredCallsAreNotDelivered() throws Exception {
        assertThatThrownBy(() -> driver.call(Target.topic("late"), context, message("m", Map.of()),
                CallOptions.of(Duration.ofMillis(100)))).isInstanceOf(MessagingTimeoutException.class);
        listen("late", "h1");
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void notificationsAreKeptEnvelopedPerTopicAndPriority() {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("message_id", "id");
        n.put("event_type", "compute.instance.create.end");
        driver.sendNotification("notifications", "info", context, n);
        List<String> kept = FakeBus.INSTANCE.notifications(exchange, "notifications.info");
        assertThat(kept).hasSize(1);
        assertThat(OsloEnvelope.deserialize(kept.get(0))).containsEntry("event_type", "compute.instance.create.end")
                .containsEntry("_context_user_id", "u1").containsKey("_unique_id");
    }

    @Test
    void heartbeatsRestartTheCallMonitorAndSilenceEndsTheCall() throws Exception {
        listen("mon", "h1");
        Thread server = new Thread(() -> {
            try {
                RpcIncomingMessage beating = next();
                for (int i = 0; i < 4; i++) {
                    Thread.sleep(500);
                    beating.heartbeat();
                }
                beating.reply("alive");
                RpcIncomingMessage silent = next();
                Thread.sleep(2500);
                silent.reply("too late");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        CallOptions monitored = new CallOptions(Duration.ofSeconds(10), 1, null);
        // 2 s of work kept alive by heartbeats although the monitor is 1 s
        assertThat(driver.call(Target.topic("mon"), context, message("a", Map.of()), monitored)).isEqualTo("alive");
        long start = System.nanoTime();
        assertThatThrownBy(() -> driver.call(Target.topic("mon"), context, message("b", Map.of()), monitored))
                .isInstanceOf(MessagingTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900),
                Duration.ofMillis(2000));
        server.join(5000);
    }

    @Test
    void aResultThatCannotBeEncodedStillAllowsAFailureReply() throws Exception {
        listen("enc", "h1");
        Thread server = new Thread(() -> {
            try {
                RpcIncomingMessage m = next();
                try {
                    m.reply(new Object());
                } catch (RuntimeException e) {
                    m.replyFailure(new RemoteFailure("TypeError", "builtins", e.getMessage(), List.of(),
                            List.of(), Map.of()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        assertThatThrownBy(() -> driver.call(Target.topic("enc"), context, message("m", Map.of()),
                CallOptions.of(Duration.ofSeconds(5)))).isInstanceOf(RemoteFailureException.class);
        server.join(5000);
    }
}
