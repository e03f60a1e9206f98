package org.jnova.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.messaging.driver.IncomingHandler;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.messaging.driver.TransportDriver;
import org.jnova.ports.transport.Listener;
import org.junit.jupiter.api.Test;

class NotifierTest {
    record Sent(String topic, String priority, Map<String, Object> context, Map<String, Object> message) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final TransportDriver driver = new TransportDriver() {
        @Override
        public void send(Target t, Map<String, Object> c, Map<String, Object> m, SendOptions o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object call(Target t, Map<String, Object> c, Map<String, Object> m, CallOptions o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Listener listen(Target t, IncomingHandler h) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendNotification(String topic, String priority, Map<String, Object> c, Map<String, Object> m) {
            sent.add(new Sent(topic, priority, c, m));
        }

        @Override
        public void close() {
        }
    };

    @Test
    void sendsOsloNotificationsOnlyWhenEnabled() {
        RpcTransport transport = new RpcTransport(driver);
        RequestContext ctx = RequestContext.of("u1", "p1", List.of("admin"), true).with("auth_token", "secret");
        transport.notifier("compute", "host1", false).info(ctx, "compute.instance.create.end", Map.of("a", 1));
        assertThat(sent).isEmpty();

        transport.notifier("compute", "host1", true).error(ctx, "compute.instance.create.error", Map.of("a", 1));
        assertThat(sent).hasSize(1);
        Sent s = sent.get(0);
        assertThat(s.topic()).isEqualTo("notifications");
        assertThat(s.priority()).isEqualTo("error");
        assertThat(s.message().keySet()).containsExactly("message_id", "publisher_id", "event_type", "priority",
                "payload", "timestamp");
        assertThat(s.message()).containsEntry("publisher_id", "compute.host1").containsEntry("priority", "ERROR");
        assertThat((String) s.message().get("message_id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-.*");
        assertThat((String) s.message().get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");
        assertThat(s.context()).containsEntry("user_id", "u1").containsEntry("request_id", ctx.requestId())
                .doesNotContainKey("auth_token").doesNotContainKey("timestamp");
    }
}
