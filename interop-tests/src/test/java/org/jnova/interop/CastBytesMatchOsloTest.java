package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.adapter.transport.rabbit.RabbitSettings;
import org.jnova.adapter.transport.rabbit.RabbitWire;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.ports.transport.TransportUrl;
import org.junit.jupiter.api.Test;

/**
 * A cast published by the Java driver is byte-for-byte what oslo.messaging 14 publishes for the same
 * message (only the random {@code _unique_id} differs), with the same AMQP properties. Both are read
 * back raw with basic.get from spy queues.
 */
class CastBytesMatchOsloTest {
    private static final String UNIQUE_ID = "_unique_id\\\\\\\": \\\\\\\"[0-9a-f]{32}";

    @Test
    void javaCastBodyAndPropertiesEqualOslos() throws Exception {
        PythonPeer.assumeAvailable();
        String topic = "bytes_" + Long.toHexString(System.nanoTime());
        Map<String, Object> oslo = PythonPeer.json(60, "capture", PythonPeer.URL, topic);

        ConnectionFactory f = new ConnectionFactory();
        f.setUri("amqp://guest:guest@127.0.0.1:5672/" + PythonPeer.VHOST);
        TransportUrl url = TransportUrl.parse(PythonPeer.URL);
        String spy = "spy_java_" + topic;
        try (Connection c = f.newConnection(); Channel ch = c.createChannel();
             CoreTransportDriver driver = new CoreTransportDriver(new RabbitWire(url, RabbitSettings.from(url, null), "nova", "bytes"))) {
            ch.exchangeDeclare("nova", "topic", false, false, null);
            ch.queueDeclare(spy, false, false, true, null);
            ch.queueBind(spy, "nova", topic);
            driver.send(Target.topic(topic), context(), message(), SendOptions.DEFAULT);
            GetResponse got = null;
            for (int i = 0; i < 50 && got == null; i++) {
                got = ch.basicGet(spy, true);
                if (got == null) {
                    Thread.sleep(100);
                }
            }
            assertThat(got).as("the Java cast on the spy queue").isNotNull();
            String javaBody = new String(got.getBody(), StandardCharsets.UTF_8);
            String osloBody = (String) oslo.get("body");
            assertThat(javaBody.replaceAll(UNIQUE_ID, "_unique_id"))
                    .isEqualTo(osloBody.replaceAll(UNIQUE_ID, "_unique_id"));
            assertThat(javaBody).isNotEqualTo(osloBody);
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) oslo.get("properties");
            assertThat(got.getProps().getContentType()).isEqualTo(props.get("content_type"));
            assertThat(got.getProps().getContentEncoding()).isEqualTo(props.get("content_encoding"));
            assertThat(got.getProps().getDeliveryMode().longValue()).isEqualTo(props.get("delivery_mode"));
            assertThat(got.getProps().getPriority().longValue()).isEqualTo(props.get("priority"));
            assertThat(got.getProps().getHeaders()).isEmpty();
            assertThat(got.getProps().getExpiration()).isNull();
        }
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("user_id", "u1");
        c.put("project_id", "p1");
        c.put("request_id", "req-6f0a5b3e-0000-4000-8000-000000000001");
        c.put("is_admin", false);
        c.put("roles", List.of("member"));
        return c;
    }

    /** The same cast oslo_peer.py capture sends: ping(arg=...) in namespace baseapi, version 1.1. */
    private static Map<String, Object> message() {
        Map<String, Object> arg = new LinkedHashMap<>();
        arg.put("a", 1);
        arg.put("b", Arrays.asList(1, 2.5, null, true, 1e-05, 1e16));
        arg.put("u", "caf\u00e9 \u2603 \"q\" \\ /");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "ping");
        m.put("args", Map.of("arg", arg));
        m.put("namespace", "baseapi");
        m.put("version", "1.1");
        return m;
    }
}
