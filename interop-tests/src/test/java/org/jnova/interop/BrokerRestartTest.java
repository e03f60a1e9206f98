package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jnova.adapter.transport.rabbit.RabbitSettings;
import org.jnova.adapter.transport.rabbit.RabbitWire;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcClient;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;
import org.jnova.messaging.RpcServer;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.TransportUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real broker restart ({@code rabbitmqctl stop}, then the same node, port and data dir again) under a
 * steady stream of calls and casts between a jnova RPC server and client, on a private node
 * ({@link TestingRabbitNode}). oslo's default topology is transient, so a restart loses what sat in the
 * queues: with {@code amqp_durable_queues = true} no confirmed cast is lost; with the defaults the driver
 * recovers (topology re-declared, consumers resumed, new calls and casts work). In both, every call ends,
 * with its reply or a MessagingTimeout.
 */
class BrokerRestartTest {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    /** Longest any one call or cast may take before the test calls it a hang. */
    private static final long HANG_MS = 20_000;
    private static TestingRabbitNode node;

    @BeforeAll
    static void startNode() throws Exception {
        node = TestingRabbitNode.start();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    @Timeout(60)
    void withDurableQueuesNoConfirmedCastIsLostAndEveryCallEnds() throws Exception {
        try (Pair pair = new Pair("?amqp_durable_queues=true", "nova_durable")) {
            Set<Long> parked = pair.park(50);
            Load load = pair.run();
            Set<Long> parkedReceived = pair.unpark(parked, 5_000);
            assertThat(parkedReceived).as("confirmed casts that sat in a durable queue through the restart")
                    .isEqualTo(parked);
            assertThat(load.acceptedCasts).as("casts confirmed by the broker").isNotEmpty();
            awaitDelivered(pair, load.acceptedCasts);
            assertThat(pair.recorded).as("every confirmed cast reached the server after the restart")
                    .containsAll(load.acceptedCasts);
        }
    }

    @Test
    @Timeout(60)
    void withDefaultTopologyTheDriverRecoversAndEveryCallEnds() throws Exception {
        try (Pair pair = new Pair("", "nova")) {
            Set<Long> parked = pair.park(50);
            pair.run();
            // why durable queues are needed for no loss: the transient queue and what it held died with the broker
            assertThat(pair.unpark(parked, 2_000)).as("casts queued in a transient queue when the broker stopped").isEmpty();
            // after the restart: a topic cast and a fanout cast reach the re-declared queues and resumed consumers
            long topic = 1_000_000L;
            long fanout = 1_000_001L;
            pair.client.cast(RequestContext.admin(), "record", Map.of("value", topic));
            pair.client.withServer(null).withFanout(true).cast(RequestContext.admin(), "record", Map.of("value", fanout));
            awaitDelivered(pair, Set.of(topic, fanout));
            assertThat(pair.recorded).contains(topic, fanout);
            assertThat(pair.client.call(RequestContext.admin(), "add", Map.of("a", 20, "b", 22))).isEqualTo(42L);
        }
    }

    private static void awaitDelivered(Pair pair, Set<Long> expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!pair.recorded.containsAll(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    /** What the load saw: casts that returned normally and how each call ended. */
    private static final class Load {
        final Set<Long> acceptedCasts = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<Object> callOutcomes = new ConcurrentLinkedQueue<>();
        final AtomicLong repliesAfterRestart = new AtomicLong();
        final AtomicLong longestCallMs = new AtomicLong();
    }

    /** A jnova RPC server and client, each on its own driver, on the private node. */
    private static final class Pair implements AutoCloseable {
        final Set<Long> recorded = ConcurrentHashMap.newKeySet();
        final String topic = "restart_" + Long.toHexString(System.nanoTime());
        final RpcTransport serverTransport;
        final RpcTransport clientTransport;
        final RpcServer server;
        final RpcClient client;

        /** Durable and transient topic exchanges cannot share a name on one broker (406), hence the exchange. */
        Pair(String query, String controlExchange) {
            TransportUrl url = TransportUrl.parse(node.url(query));
            serverTransport = new RpcTransport(new CoreTransportDriver(new RabbitWire(url, RabbitSettings.from(url, null),
                    controlExchange, "restart-server")));
            clientTransport = new RpcTransport(new CoreTransportDriver(new RabbitWire(url, RabbitSettings.from(url, null),
                    controlExchange, "restart-client")));
            server = serverTransport.server(new Target(null, topic, "host1", null, null, false),
                    List.of(endpoint(recorded)), 4).start();
            client = clientTransport.client(Target.topic(topic), CALL_TIMEOUT, null);
        }

        /**
         * Confirmed casts to a topic whose server has declared its queues and gone away, so they sit in the
         * queue when the broker stops.
         */
        Set<Long> park(int n) {
            serverTransport.server(parkedTarget(), List.of(endpoint(ConcurrentHashMap.newKeySet())), 1).start().close();
            RpcClient parked = client.withTopic(parkedTarget().topic());
            Set<Long> sent = new HashSet<>();
            for (long i = 0; i < n; i++) {
                parked.cast(RequestContext.admin(), "record", Map.of("value", i));
                sent.add(i);
            }
            return sent;
        }

        /** Serves the parked topic again; returns what arrived within {@code waitMs} (less once all expected came). */
        Set<Long> unpark(Set<Long> expected, long waitMs) throws InterruptedException {
            Set<Long> received = ConcurrentHashMap.newKeySet();
            try (RpcServer again = serverTransport.server(parkedTarget(), List.of(endpoint(received)), 1).start()) {
                long deadline = System.currentTimeMillis() + waitMs;
                while (!received.containsAll(expected) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
            }
            return new HashSet<>(received);
        }

        private Target parkedTarget() {
            return new Target(null, topic + "_parked", "host1", null, null, false);
        }

        /**
         * Calls and casts on two threads while the broker is stopped and started again; returns once a
         * call has been answered after the restart and asserts that every call ended.
         */
        Load run() throws Exception {
            Load load = new Load();
            assertThat(client.call(RequestContext.admin(), "add", Map.of("a", 1, "b", 2))).isEqualTo(3L);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicBoolean restarted = new AtomicBoolean(false);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> calls = pool.submit(() -> {
                    for (long i = 0; running.get(); i++) {
                        long t0 = System.nanoTime();
                        try {
                            Object r = client.call(RequestContext.admin(), "add", Map.of("a", i, "b", 1));
                            assertThat(r).isEqualTo(i + 1);
                            load.callOutcomes.add(r);
                            if (restarted.get()) {
                                load.repliesAfterRestart.incrementAndGet();
                            }
                        } catch (MessagingTimeoutException e) {
                            load.callOutcomes.add(e);
                        }
                        load.longestCallMs.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        pause(20);
                    }
                    return null;
                });
                Future<?> casts = pool.submit(() -> {
                    for (long i = 0; running.get(); i++) {
                        try {
                            client.cast(RequestContext.admin(), "record", Map.of("value", i));
                            load.acceptedCasts.add(i);
                        } catch (RuntimeException e) {
                            // not accepted: the broker never confirmed it, so it may be lost
                        }
                        pause(10);
                    }
                    return null;
                });
                Thread.sleep(1000);
                node.stop();
                Thread.sleep(1000);
                node.startAgain();
                restarted.set(true);
                long deadline = System.currentTimeMillis() + 25_000;
                while (load.repliesAfterRestart.get() < 3 && System.currentTimeMillis() < deadline
                        && !calls.isDone()) {
                    Thread.sleep(100);
                }
                running.set(false);
                assertThat(load.repliesAfterRestart.get()).as("calls answered after the restart; %s", node.status())
                        .isGreaterThanOrEqualTo(3);
                calls.get(HANG_MS, TimeUnit.MILLISECONDS);
                casts.get(HANG_MS, TimeUnit.MILLISECONDS);
            } finally {
                running.set(false);
                pool.shutdownNow();
            }
            assertThat(load.callOutcomes).allSatisfy(o ->
                    assertThat(o).isInstanceOfAny(Long.class, MessagingTimeoutException.class));
            assertThat(load.longestCallMs.get()).as("longest call (ms): a call ends by its timeout, outage or not")
                    .isLessThan(CALL_TIMEOUT.toMillis() + 2500);
            return load;
        }

        @Override
        public void close() {
            server.close();
            serverTransport.close();
            clientTransport.close();
        }
    }

    private static RpcEndpoint endpoint(Set<Long> recorded) {
        Map<String, RpcMethod> methods = Map.of(
                "add", (ctx, a) -> ((Number) a.required("a")).longValue() + ((Number) a.required("b")).longValue(),
                "record", (ctx, a) -> {
                    recorded.add(((Number) a.required("value")).longValue());
                    return null;
                });
        return new RpcEndpoint() {
            @Override
            public Target target() {
                return Target.endpoint(null, "1.0");
            }

            @Override
            public Map<String, RpcMethod> methods() {
                return methods;
            }
        };
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
