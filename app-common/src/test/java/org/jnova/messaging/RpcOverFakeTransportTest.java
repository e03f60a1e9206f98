package org.jnova.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine over the real fake:// driver: every message makes the full JSON round trip. */
class RpcOverFakeTransportTest {
    private final String exchange = FakeTransports.newExchange();
    private final RpcTransport transport = FakeTransports.transport(exchange);
    private final List<RpcServer> servers = new ArrayList<>();
    private final RequestContext ctx = RequestContext.of("u1", "p1", List.of("member"), false);

    /** Which server handled what, by server name. */
    private final Map<String, List<String>> handled = new ConcurrentHashMap<>();

    @AfterEach
    void tearDown() {
        servers.forEach(RpcServer::close);
        transport.close();
    }

    private RpcServer serve(String server, RpcEndpoint... endpoints) {
        RpcServer s = transport.server(new Target(null, "svc", server, null, null, false), List.of(endpoints), 8);
        servers.add(s.start());
        return s;
    }

    private RpcEndpoint recorder(String server, CountDownLatch latch) {
        Map<String, RpcMethod> m = new LinkedHashMap<>();
        m.put("echo", (c, a) -> {
            handled.computeIfAbsent(server, k -> Collections.synchronizedList(new ArrayList<>())).add(a.string("v"));
            latch.countDown();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("server", server);
            out.put("v", a.get("v"));
            out.put("request_id", c.requestId());
            return out;
        });
        m.put("sleep", (c, a) -> {
            Thread.sleep(a.integer("ms"));
            return "slept";
        });
        m.put("fail", (c, a) -> {
            throw new IllegalStateException("broken on purpose");
        });
        return TestEndpoints.of(null, "1.3", m);
    }

    private RpcClient client() {
        return transport.client(new Target(null, "svc", null, null, "1.0", false), Duration.ofSeconds(10), null);
    }

    private static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void callReturnsTheResultAndPassesTheContext() {
        serve("h1", recorder("h1", new CountDownLatch(1)));
        Object r = client().call(ctx, "echo", args("v", "caf\u00e9 \ud83d\ude00"));
        assertThat(r).isEqualTo(Map.of("server", "h1", "v", "caf\u00e9 \ud83d\ude00", "request_id", ctx.requestId()));
    }

    @Test
    void castIsDeliveredAndServerKeepsServingAfterFailures() throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        serve("h1", recorder("h1", latch));
        RpcClient c = client();
        assertThatThrownBy(() -> c.call(ctx, "fail", args())).isExactlyInstanceOf(RemoteError.class)
                .satisfies(e -> {
                    assertThat(((RemoteError) e).remoteClass()).isEqualTo("IllegalStateException");
                    assertThat(((RemoteError) e).remoteModule()).isEqualTo("java.lang");
                    assertThat(((RemoteError) e).failure().message()).isEqualTo("broken on purpose");
                });
        assertThatThrownBy(() -> c.call(ctx, "nope", args())).isInstanceOf(NoSuchMethod.class);
        assertThatThrownBy(() -> c.withVersion("2.0").call(ctx, "echo", args())).isInstanceOf(UnsupportedVersion.class);
        assertThatThrownBy(() -> c.call(ctx, "sleep", args())).isExactlyInstanceOf(RemoteError.class)
                .satisfies(e -> assertThat(((RemoteError) e).remoteClass()).isEqualTo("NullPointerException"));
        c.cast(ctx, "echo", args("v", "cast-1"));
        assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handled.get("h1")).containsExactly("cast-1");
    }

    @Test
    void castToATopicWithoutListenersWaitsForOne() throws Exception {
        client().cast(ctx, "echo", args("v", "early"));
        CountDownLatch latch = new CountDownLatch(1);
        serve("late", recorder("late", latch));
        assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handled.get("late")).containsExactly("early");
    }

    @Test
    void serverTargetedMessagesReachOnlyThatServer() {
        serve("h1", recorder("h1", new CountDownLatch(0)));
        serve("h2", recorder("h2", new CountDownLatch(0)));
        for (int i = 0; i < 10; i++) {
            Object r = client().withServer("h2").call(ctx, "echo", args("v", "x" + i));
            assertThat(((Map<?, ?>) r).get("server")).isEqualTo("h2");
        }
        assertThat(handled.get("h1")).isNull();
    }

    @Test
    void fanoutReachesEveryServer() throws Exception {
        CountDownLatch latch = new CountDownLatch(2);
        serve("h1", recorder("h1", latch));
        serve("h2", recorder("h2", latch));
        client().withFanout(true).cast(ctx, "echo", args("v", "all"));
        assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handled.get("h1")).containsExactly("all");
        assertThat(handled.get("h2")).containsExactly("all");
    }

    @Test
    void topicMessagesAreSharedByCompetingConsumers() throws Exception {
        CountDownLatch latch = new CountDownLatch(40);
        serve("h1", recorder("h1", latch));
        serve("h2", recorder("h2", latch));
        RpcClient c = client();
        for (int i = 0; i < 40; i++) {
            c.cast(ctx, "echo", args("v", "m" + i));
        }
        assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        int total = handled.values().stream().mapToInt(List::size).sum();
        assertThat(total).isEqualTo(40);
        assertThat(handled.keySet()).containsExactlyInAnyOrder("h1", "h2");
    }

    @Test
    void callWithoutAnswerTimesOut() {
        RpcClient c = client().withTimeout(Duration.ofMillis(300)).withTopic("nobody-listens");
        long start = System.nanoTime();
        assertThatThrownBy(() -> c.call(ctx, "echo", args()))
                .isInstanceOf(MessagingTimeoutException.class)
                .hasMessageStartingWith("Timed out waiting for a reply to message ID ");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void heartbeatsKeepAMonitoredCallAlive() {
        serve("h1", recorder("h1", new CountDownLatch(0)));
        RpcClient c = client().withTimeout(Duration.ofSeconds(10)).withCallMonitorTimeout(2);
        assertThat(c.call(ctx, "sleep", args("ms", 3000))).isEqualTo("slept");
    }

    @Test
    void withoutHeartbeatsTheCallMonitorFires() {
        serve("h1", recorder("h1", new CountDownLatch(0)));
        // a 1 s monitor is too short for heartbeats (oslo needs int(t)/2 >= 1), so nothing keeps it alive
        RpcClient c = client().withTimeout(Duration.ofSeconds(10)).withCallMonitorTimeout(1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> c.call(ctx, "sleep", args("ms", 3000)))
                .isInstanceOf(MessagingTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void invalidTargetsAndVersionCaps() {
        RpcClient c = client();
        assertThatThrownBy(() -> c.withFanout(true).call(ctx, "echo", args())).isInstanceOf(InvalidTarget.class);
        assertThatThrownBy(() -> c.withTopic(null).cast(ctx, "echo", args())).isInstanceOf(InvalidTarget.class);
        RpcClient capped = c.withVersionCap("1.2");
        assertThat(capped.canSendVersion("1.2")).isTrue();
        assertThat(capped.canSendVersion("1.3")).isFalse();
        assertThat(capped.canSendVersion("2.0")).isFalse();
        assertThatThrownBy(() -> capped.withVersion("1.3").cast(ctx, "echo", args()))
                .isInstanceOf(RpcVersionCapError.class);
        assertThatThrownBy(() -> capped.withVersion(null).cast(ctx, "echo", args()))
                .isInstanceOf(RpcVersionCapError.class);
        assertThatThrownBy(() -> c.withVersion("six")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stopLetsInFlightRequestsFinish() throws Exception {
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        RpcServer s = serve("h1", TestEndpoints.of(null, "1.0", Map.of("slow", (c, a) -> {
            started.countDown();
            Thread.sleep(300);
            finished.incrementAndGet();
            return null;
        })));
        client().cast(ctx, "slow", args());
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        s.stop();
        assertThat(s.awaitInFlight(Duration.ofSeconds(5))).isTrue();
        assertThat(finished).hasValue(1);
    }

    @Test
    void concurrentCallsEachGetTheirOwnReply() throws Exception {
        serve("h1", recorder("h1", new CountDownLatch(0)));
        serve("h2", recorder("h2", new CountDownLatch(0)));
        RpcClient c = client();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 250; i++) {
                        String v = thread + "-" + i;
                        Map<?, ?> r = (Map<?, ?>) c.call(ctx, "echo", args("v", v));
                        if (v.equals(r.get("v"))) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            int total = 0;
            for (java.util.concurrent.Future<Integer> f : futures) {
                total += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(2000);
        } finally {
            pool.shutdownNow();
        }
    }
}
