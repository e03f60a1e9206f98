package org.jnova.adapter.transport.rabbit;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.ports.transport.Listener;
import org.junit.jupiter.api.Test;

/** Wire spec §4.4 (a reply whose queue is missing is retried) and §2.7/§8 (notifications). */
class RepliesAndNotificationsTest {
    @Test
    void aReplyToAMissingQueueIsRetriedUntilTheQueueAppears() throws Exception {
        String topic = "late_" + OsloMessages.newId().substring(0, 8);
        String replyQ = "reply_" + OsloMessages.newId();
        try (CoreTransportDriver server = TestBroker.driver("?kombu_missing_consumer_retry_timeout=20");
             EchoServer echo = new EchoServer();
             Listener l = server.listen(new Target(null, topic, "h", null, null, false), echo);
             Connection c = RabbitTransportDriverTest.rawConnection(); Channel ch = c.createChannel()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", "add");
            m.put("args", Map.of("a", 20, "b", 22));
            ch.basicPublish("nova", topic, OsloProperties.PLAIN, WireCodec.request(m, Map.of(), "late-1", replyQ, null, null));
            Thread.sleep(1500);
            // the reply has been bouncing (mandatory, NO_ROUTE) for a while; now the caller's queue shows up
            ch.queueDeclare(replyQ, false, false, true, null);
            GetResponse got = null;
            for (int i = 0; i < 50 && got == null; i++) {
                got = ch.basicGet(replyQ, true);
                if (got == null) {
                    Thread.sleep(100);
                }
            }
            assertThat(got).as("the retried reply").isNotNull();
            Map<String, Object> reply = WireCodec.decode(got.getBody());
            assertThat(reply).containsEntry("result", 42L).containsEntry("ending", true)
                    .containsEntry("_msg_id", "late-1").containsEntry("failure", null);
        }
    }

    @Test
    void notificationsGoToTopicDotPriorityWithTheEnvelopeAndContext() throws Exception {
        String topic = "notif_" + OsloMessages.newId().substring(0, 8);
        try (CoreTransportDriver d = TestBroker.driver("");
             Connection c = RabbitTransportDriverTest.rawConnection(); Channel ch = c.createChannel()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("message_id", "d6947520-a5cd-4001-b92a-ce37b0eab019");
            n.put("publisher_id", "compute.host1");
            n.put("event_type", "compute.instance.create.end");
            n.put("priority", "INFO");
            n.put("payload", Map.of("instance_id", "i-1"));
            n.put("timestamp", "2026-11-22 03:14:44.049342");
            d.sendNotification(topic, "INFO", Map.of("request_id", "req-n"), n);
            GetResponse got = ch.basicGet(topic + ".info", true);
            assertThat(got).as("message on the publisher-created queue " + topic + ".info").isNotNull();
            Map<String, Object> inner = WireCodec.decode(got.getBody());
            assertThat(inner.keySet()).containsExactly("message_id", "publisher_id", "event_type", "priority", "payload",
                    "timestamp", "_unique_id", "_context_request_id");
            assertThat(got.getEnvelope().getExchange()).isEqualTo("nova");
            assertThat(got.getEnvelope().getRoutingKey()).isEqualTo(topic + ".info");
            ch.queueDelete(topic + ".info");
        }
    }
}
