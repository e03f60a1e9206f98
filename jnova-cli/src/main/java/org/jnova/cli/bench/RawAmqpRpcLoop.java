package org.jnova.cli.bench;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jnova.ports.transport.TransportUrl;

/**
 * The baseline for {@code jnova bench rpc}: a request/reply loop written straight on amqp-client, with
 * oslo's properties (JSON content type, utf-8, empty headers, persistent, priority 0, expiration on
 * requests, mandatory replies through the default exchange) and bodies of jnova's sizes, but no JSON
 * codec, no dispatcher and no executor hand-off. Requests and casts are routed the way oslo routes them,
 * through a topic exchange (oslo's default flags), and casts use publisher confirms like jnova's.
 */
final class RawAmqpRpcLoop implements AutoCloseable {
    private final Connection serverConn;
    private final Connection clientConn;
    private final String requestQueue = "bench_raw_" + hex();
    private final String castQueue = "bench_raw_cast_" + hex();
    private final String replyQueue = "bench_raw_reply_" + hex();
    private final Map<String, ArrayBlockingQueue<byte[]>> waiting = new ConcurrentHashMap<>();
    private final ThreadLocal<Channel> publishChannel;
    private final AMQP.BasicProperties plain = props(null);
    private final String exchange;
    private final int requestSize;
    private final int castSize;

    /** Bodies of {@code requestSize}, {@code replySize} and {@code castSize} bytes (jnova's for the same message). */
    RawAmqpRpcLoop(TransportUrl url, String topicExchange, int requestSize, int replySize, int castSize)
            throws IOException, TimeoutException {
        this.exchange = topicExchange;
        this.requestSize = Math.max(32, requestSize);
        this.castSize = castSize;
        ConnectionFactory f = new ConnectionFactory();
        TransportUrl.Host h = url.hosts().isEmpty() ? new TransportUrl.Host("localhost", null, null, null)
                : url.hosts().get(0);
        f.setHost(h.hostname() == null ? "localhost" : h.hostname());
        f.setPort(h.port() == null ? 5672 : h.port());
        f.setUsername(h.username() == null ? "guest" : h.username());
        f.setPassword(h.password() == null ? "guest" : h.password());
        f.setVirtualHost(url.virtualHost() == null || url.virtualHost().isEmpty() ? "/" : url.virtualHost());
        serverConn = f.newConnection("jnova-bench-raw-server");
        clientConn = f.newConnection("jnova-bench-raw-client");
        Channel server = serverConn.createChannel();
        Map<String, Object> expires = Map.of("x-expires", 1_800_000);
        server.exchangeDeclare(exchange, "topic", false, false, null);
        server.queueDeclare(requestQueue, false, false, true, null);
        server.queueBind(requestQueue, exchange, requestQueue);
        server.queueDeclare(castQueue, false, false, true, null);
        server.queueBind(castQueue, exchange, castQueue);
        server.basicConsume(requestQueue, false, "1", new DefaultConsumer(server) {
            @Override
            public void handleDelivery(String tag, Envelope env, AMQP.BasicProperties p, byte[] body) throws IOException {
                server.basicAck(env.getDeliveryTag(), false);
                byte[] reply = new byte[Math.max(32, replySize)];
                System.arraycopy(body, 0, reply, 0, 32);
                server.basicPublish("", replyQueue, true, plain, reply);
            }
        });
        server.basicConsume(castQueue, false, "2", new DefaultConsumer(server) {
            @Override
            public void handleDelivery(String tag, Envelope env, AMQP.BasicProperties p, byte[] body) throws IOException {
                server.basicAck(env.getDeliveryTag(), false);
            }
        });
        Channel client = clientConn.createChannel();
        client.queueDeclare(replyQueue, false, false, false, expires);
        client.basicConsume(replyQueue, true, "1", new DefaultConsumer(client) {
            @Override
            public void handleDelivery(String tag, Envelope env, AMQP.BasicProperties p, byte[] body) {
                ArrayBlockingQueue<byte[]> q = waiting.get(new String(body, 0, 32, StandardCharsets.US_ASCII));
                if (q != null) {
                    q.offer(body);
                }
            }
        });
        publishChannel = ThreadLocal.withInitial(() -> {
            try {
                return clientConn.createChannel();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** One request/reply round trip. */
    void call() throws IOException, InterruptedException {
        String id = hex();
        byte[] body = new byte[requestSize];
        java.util.Arrays.fill(body, (byte) 'x');
        System.arraycopy(id.getBytes(StandardCharsets.US_ASCII), 0, body, 0, 32);
        ArrayBlockingQueue<byte[]> q = new ArrayBlockingQueue<>(1);
        waiting.put(id, q);
        try {
            publishChannel.get().basicPublish(exchange, requestQueue, false, props("30000"), body);
            if (q.poll(30, TimeUnit.SECONDS) == null) {
                throw new IOException("raw reply did not arrive within 30 s");
            }
        } finally {
            waiting.remove(id);
        }
    }

    private Channel castChannel;

    /** One confirming channel for every round of casts (jnova's publisher also keeps its channels). */
    private Channel castChannel() throws IOException {
        if (castChannel == null) {
            castChannel = clientConn.createChannel();
            castChannel.confirmSelect();
        }
        return castChannel;
    }

    /** Sequential confirmed casts; returns the elapsed nanoseconds. */
    long casts(int n) throws IOException, InterruptedException, TimeoutException {
        Channel ch = castChannel();
        byte[] body = new byte[castSize];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ch.basicPublish(exchange, castQueue, false, plain, body);
            ch.waitForConfirmsOrDie(30_000);
        }
        return System.nanoTime() - t0;
    }

    private static AMQP.BasicProperties props(String expiration) {
        return new AMQP.BasicProperties.Builder().contentType("application/json").contentEncoding("utf-8")
                .headers(Map.of()).deliveryMode(2).priority(0).expiration(expiration).build();
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public void close() throws IOException {
        clientConn.close();
        serverConn.close();
    }
}
