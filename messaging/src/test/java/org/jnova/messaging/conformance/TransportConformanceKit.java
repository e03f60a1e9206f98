package org.jnova.messaging.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.messaging.NoSuchMethod;
import org.jnova.messaging.RemoteError;
import org.jnova.messaging.RpcClient;
import org.jnova.messaging.RpcServer;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.UnsupportedVersion;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;
import org.jnova.ports.transport.wire.PublishOptions;
import org.jnova.ports.transport.wire.TransportWire;
import org.jnova.ports.transport.wire.WireRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every transport must do, proven against its real broker, as oslo.messaging's functional tests prove its
 * drivers: a transport plugin's test extends this class and supplies wires on its broker. Every test runs the RPC
 * engine and core over that wire, so it checks the wire and the core together, the way services use them.
 */
public abstract class TransportConformanceKit {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A new wire on this transport's real broker using {@code controlExchange}; the kit closes it. */
    protected abstract TransportWire newWire(String controlExchange);

    /** Publishes, as a broken peer would, a message to {@code topic} that this wire cannot decode at all. */
    protected abstract void publishUndecodable(String controlExchange, String topic) throws Exception;

    /** Whether the wire carries oslo's {@code _unique_id} (the rabbit wire does; oslo's amqp1 driver has none). */
    protected boolean carriesUniqueIds() {
        return true;
    }

    /** Calls each of the 16 concurrent callers makes. */
    protected int callsPerConcurrentCaller() {
        return 500;
    }

    protected String exchange;
    protected String topic;
    private final List<RpcTransport> transports = new ArrayList<>();
    private final List<RpcServer> servers = new ArrayList<>();
    private final KitEndpoint.Handled handled = new KitEndpoint.Handled();
    private final RequestContext ctx = RequestContext.admin();

    @BeforeEach
    void names() {
        String id = OsloMessages.newId().substring(0, 10);
        exchange = "kit_" + id;
        topic = "kit_topic_" + id;
    }

    @AfterEach
    void closeAll() {
        servers.forEach(RpcServer::close);
        transports.forEach(RpcTransport::close);
    }

    protected final RpcTransport transport() {
        RpcTransport t = RpcTransport.overWire(newWire(exchange));
        transports.add(t);
        return t;
    }

    private RpcServer serve(String server) {
        return serve(transport(), server, null, "1.3");
    }

    private RpcServer serve(RpcTransport t, String server, String namespace, String version) {
        RpcServer s = t.server(new Target(exchange, topic, server, null, null, false),
                List.of(new KitEndpoint(server, namespace, version, handled)), 8);
        servers.add(s.start());
        return s;
    }

    private RpcClient client() {
        return transport().client(new Target(exchange, topic, null, null, "1.0", false), TIMEOUT, null);
    }

    private static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private void awaitHandled(int total) throws InterruptedException {
        long until = System.nanoTime() + TIMEOUT.toNanos();
        while (handled.total() < total && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(handled.total()).as("messages handled").isEqualTo(total);
    }

    @Test
    void aCallReturnsTheResultAndCarriesTheContext() {
        serve("s1");
        Map<String, Object> r = asMap(client().call(ctx, "echo", args("v", 42)));
        assertThat(r).containsEntry("server", "s1").containsEntry("v", 42L).containsEntry("request_id", ctx.requestId());
    }

    @Test
    void aCastIsDeliveredOnce() throws Exception {
        serve("s1");
        client().cast(ctx, "echo", args("v", "cast-1"));
        awaitHandled(1);
        Thread.sleep(300);
        assertThat(handled.of("s1")).containsExactly("cast-1");
    }

    @Test
    void aFanoutReachesEveryServerOfTheTopic() throws Exception {
        serve("s1");
        serve("s2");
        client().withFanout(true).cast(ctx, "echo", args("v", "to-all"));
        awaitHandled(2);
        assertThat(handled.of("s1")).containsExactly("to-all");
        assertThat(handled.of("s2")).containsExactly("to-all");
    }

    @Test
    void serversOfATopicCompeteAndEachRequestIsHandledOnce() throws Exception {
        serve("s1");
        serve("s2");
        RpcClient c = client();
        for (int i = 0; i < 40; i++) {
            c.call(ctx, "echo", args("v", i));
        }
        assertThat(handled.total()).isEqualTo(40);
        assertThat(handled.of("s1")).as("s1 took a share").isNotEmpty();
        assertThat(handled.of("s2")).as("s2 took a share").isNotEmpty();
    }

    @Test
    void aRequestToOneServerReachesOnlyThatServer() {
        serve("s1");
        serve("s2");
        RpcClient toS2 = client().withServer("s2");
        for (int i = 0; i < 10; i++) {
            assertThat(asMap(toS2.call(ctx, "echo", args("v", i)))).containsEntry("server", "s2");
        }
        assertThat(handled.of("s1")).isEmpty();
    }

    @Test
    void namespaceAndVersionChooseTheEndpoint() {
        RpcTransport t = transport();
        serve(t, "s1", "kit_ns", "2.4");
        RpcClient c = client().withNamespace("kit_ns");
        assertThat(asMap(c.withVersion("2.1").call(ctx, "echo", args("v", "ns")))).containsEntry("v", "ns");
        assertThatThrownBy(() -> c.withVersion("2.5").call(ctx, "echo", args("v", 1)))
                .isInstanceOf(UnsupportedVersion.class);
        assertThatThrownBy(() -> c.withVersion("3.0").call(ctx, "echo", args("v", 1)))
                .isInstanceOf(UnsupportedVersion.class);
        assertThatThrownBy(() -> client().call(ctx, "echo", args("v", 1))).as("no namespace given")
                .isInstanceOf(UnsupportedVersion.class);
    }

    @Test
    void unknownAndPrivateMethodsAreNoSuchMethod() {
        serve("s1");
        assertThatThrownBy(() -> client().call(ctx, "no_such_thing", args())).isInstanceOf(NoSuchMethod.class);
        assertThatThrownBy(() -> client().call(ctx, "_private", args())).isInstanceOf(NoSuchMethod.class);
        assertThat(handled.total()).isZero();
    }

    @Test
    void aNovaErrorComesBackAsItsOwnType() {
        serve("s1");
        assertThatThrownBy(() -> client().call(ctx, "not_found", args("id", "i-42")))
                .isInstanceOf(InstanceNotFound.class).hasMessageContaining("i-42");
    }

    @Test
    void aCallNobodyServesTimesOutOnTime() {
        RpcClient c = client().withTimeout(Duration.ofSeconds(2));
        long start = System.nanoTime();
        assertThatThrownBy(() -> c.call(ctx, "echo", args("v", 1))).isInstanceOf(MessagingTimeoutException.class);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(tookMs).as("call ended around its 2 s timeout").isBetween(1900L, 6000L);
    }

    @Test
    void heartbeatsKeepASlowCallAliveBeyondTheCallMonitorTimeout() {
        serve("s1");
        // the method runs 5 s; the caller gives up on silence after 2 s, so only heartbeats can save the call
        Object r = client().withCallMonitorTimeout(2).withTimeout(Duration.ofSeconds(20))
                .call(ctx, "sleep", args("ms", 5000));
        assertThat(r).isEqualTo("slept");
    }

    @Test
    void aReplyToACallerThatHasGoneIsDroppedAndTheServerKeepsServing() throws Exception {
        serve("s1");
        RpcClient impatient = client().withTimeout(Duration.ofSeconds(1));
        assertThatThrownBy(() -> impatient.call(ctx, "sleep", args("ms", 2000)))
                .isInstanceOf(MessagingTimeoutException.class);
        Thread.sleep(1500); // the late reply arrives, finds nobody waiting, and is dropped
        assertThat(asMap(client().call(ctx, "echo", args("v", "after")))).containsEntry("v", "after");
    }

    @Test
    void aDuplicatedMessageIsHandledOncePerOslosUniqueId() throws Exception {
        serve("s1");
        TransportWire raw = newWire(exchange);
        try {
            Map<String, Object> message = args("method", "echo", "args", args("v", "dup"));
            WireRequest twice = new WireRequest(ctx.toDict(), message, null, null, null, OsloMessages.newId());
            Target t = new Target(exchange, topic, null, null, null, false);
            raw.publish(t, twice, PublishOptions.CAST);
            raw.publish(t, twice, PublishOptions.CAST);
            Thread.sleep(1000);
            assertThat(handled.of("s1")).as(carriesUniqueIds() ? "the repeat is dropped"
                    : "without _unique_id on the wire both copies arrive, as with oslo's amqp1 driver")
                    .hasSize(carriesUniqueIds() ? 1 : 2);
        } finally {
            raw.close();
        }
    }

    @Test
    void malformedRequestsAreDroppedWithAReasonAndTheServerKeepsServing() throws Exception {
        serve("s1");
        publishUndecodable(exchange, topic);
        TransportWire raw = newWire(exchange);
        try {
            Target t = new Target(exchange, topic, null, null, null, false);
            raw.publish(t, new WireRequest(ctx.toDict(), args("method", 7, "args", args()), null, null, null,
                    OsloMessages.newId()), PublishOptions.CAST);
            raw.publish(t, new WireRequest(ctx.toDict(), args("method", "echo", "args", List.of(1)), null, null,
                    null, OsloMessages.newId()), PublishOptions.CAST);
        } finally {
            raw.close();
        }
        assertThat(asMap(client().call(ctx, "echo", args("v", "still here")))).containsEntry("v", "still here");
        assertThat(handled.of("s1")).containsExactly("still here");
    }

    @Test
    void aMalformedCallIsAnsweredWithAValueErrorInsteadOfATimeout() {
        serve("s1");
        Map<String, Object> noMethod = new LinkedHashMap<>();
        noMethod.put("args", args());
        RpcTransport t = transport();
        assertThatThrownBy(() -> t.driver().call(new Target(exchange, topic, null, null, null, false), ctx.toDict(),
                noMethod, CallOptions.of(TIMEOUT)))
                .isInstanceOfSatisfying(RemoteFailureException.class, e -> {
                    RemoteFailure f = e.failure();
                    assertThat(f.className()).isEqualTo("ValueError");
                    assertThat(f.message()).contains("malformed RPC request").contains("method");
                });
    }

    @Test
    void aOneMegabyteMessageRoundTrips() {
        serve("s1");
        String big = "x".repeat(1024 * 1024);
        assertThat(asMap(client().call(ctx, "echo", args("v", big))).get("v")).isEqualTo(big);
    }

    @Test
    void nonAsciiTextRoundTrips() {
        serve("s1");
        String text = "caf\u00e9 \u0436\u0443\u043a \u6f22\u5b57 \ud83d\ude00 \"quoted\" \\ back\\slash";
        assertThat(asMap(client().call(ctx, "echo", args("v", text))).get("v")).isEqualTo(text);
    }

    @Test
    void sixteenConcurrentCallersGetTheirOwnReplies() throws Exception {
        serve("s1");
        serve("s2");
        RpcClient c = client();
        int perCaller = callsPerConcurrentCaller();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> callers = new ArrayList<>();
            for (int caller = 0; caller < 16; caller++) {
                int id = caller;
                callers.add(pool.submit(() -> {
                    int matched = 0;
                    for (int i = 0; i < perCaller; i++) {
                        String v = id + ":" + i;
                        if (v.equals(asMap(c.call(ctx, "echo", args("v", v))).get("v"))) {
                            matched++;
                        }
                    }
                    return matched;
                }));
            }
            for (Future<Integer> f : callers) {
                assertThat(f.get(10, TimeUnit.MINUTES)).isEqualTo(perCaller);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(handled.total()).isEqualTo(16 * perCaller);
    }

    @Test
    void aStoppedServerTakesNothingAndANewOneTakesOver() throws Exception {
        RpcServer first = serve("s1");
        first.stop();
        assertThat(first.awaitInFlight(TIMEOUT)).isTrue();
        client().cast(ctx, "echo", args("v", "while stopped"));
        Thread.sleep(500);
        assertThat(handled.of("s1")).as("a stopped server consumes nothing").isEmpty();
        serve("s2");
        awaitHandled(1);
        assertThat(handled.of("s2")).containsExactly("while stopped");
        assertThat(asMap(client().call(ctx, "echo", args("v", "again")))).containsEntry("server", "s2");
    }

    @Test
    void aGracefulStopFinishesWorkInFlight() throws Exception {
        RpcServer s = serve("s1");
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<Object> slow = caller.submit(() -> client().call(ctx, "sleep", args("ms", 1500)));
            Thread.sleep(700); // the call is in the server's hands by now
            s.stop();
            assertThat(s.awaitInFlight(TIMEOUT)).as("in-flight work finished").isTrue();
            assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("slept");
        } finally {
            caller.shutdownNow();
        }
    }

    /** A remote failure a peer could send that is not Nova's: it arrives as RemoteError with its class. */
    @Test
    void aFailureOfAnUnknownClassArrivesAsRemoteError() {
        serve("s1");
        assertThatThrownBy(() -> client().call(ctx, "sleep", args())).isInstanceOf(RemoteError.class)
                .satisfies(e -> assertThat(((RemoteError) e).remoteClass()).isEqualTo("NullPointerException"));
    }
}
