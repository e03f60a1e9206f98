package org.jnova.cli.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jnova.cli.ConfigFileOptions;
import org.jnova.cli.rpc.RpcBus;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.PyJson;
import org.jnova.messaging.RpcClient;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;
import org.jnova.messaging.RpcServer;
import org.jnova.messaging.RpcTransport;
import org.jnova.ports.transport.TransportUrl;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jnova bench rpc}: an RPC server and client of jnova's engine in this JVM over the configured
 * transport, against a raw amqp-client request/reply loop with the same AMQP properties and body sizes in
 * the same run; the two alternate in rounds so that changing machine load does not favour either.
 * Prints calls_per_s (sequential), concurrent_calls_per_s, casts_per_s (confirmed), p50_ms, p99_ms, the
 * raw_* figures and the ratios.
 */
@Command(name = "rpc", mixinStandardHelpOptions = true,
        description = "Measure RPC calls and casts through jnova's engine and transport against a raw amqp-client loop")
public final class BenchRpcCommand implements Callable<Integer> {
    @Mixin
    ConfigFileOptions configOptions;

    @Option(names = "--transport-url", description = "Overrides [DEFAULT] transport_url (rabbit://... for the raw baseline)")
    String transportUrl;

    @Option(names = "--calls", defaultValue = "5000", description = "Calls (and casts) per phase (default: ${DEFAULT-VALUE})")
    int calls;

    @Option(names = "--concurrency", defaultValue = "16", description = "Client threads of the concurrent phase (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--warmup", defaultValue = "2000",
            description = "Calls, concurrent calls and casts per side before measuring, so both run JIT-compiled code (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5",
            description = "Rounds that alternate jnova and the raw loop, each with calls/rounds operations (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (calls < 1 || concurrency < 1 || rounds < 1 || warmup < 0) {
            spec.commandLine().getErr().println("--calls, --concurrency and --rounds must be at least 1, --warmup at least 0");
            return 2;
        }
        quietLogs();
        ConfigOpts config = configOptions.load();
        String url = transportUrl != null ? transportUrl : config.string(NovaOptions.TRANSPORT_URL);
        TransportUrl parsed = TransportUrl.parse(url);
        boolean rabbit = "rabbit".equals(parsed.driver()) || "kombu".equals(parsed.driver());
        Map<String, Object> out = new LinkedHashMap<>();
        String topic = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        RequestContext ctx = RequestContext.admin();
        Map<String, Object> args = Map.of("x", "jnova bench payload");
        try (RpcBus bus = RpcBus.open(config, transportUrl, "jnova-bench");
             RpcTransport transport = new RpcTransport(bus.driver());
             RawAmqpRpcLoop raw = rabbit ? new RawAmqpRpcLoop(parsed, config.string(NovaOptions.CONTROL_EXCHANGE),
                     requestSize(ctx, args), replySize(args), castSize(ctx, args)) : null) {
            RpcServer server = transport.server(new Target(null, topic, "bench", null, null, false),
                    List.of(echoEndpoint()), Math.max(16, concurrency)).start();
            try {
                RpcClient client = transport.client(new Target(null, topic, null, null, "1.0", false),
                        Duration.ofSeconds(30), null);
                Side jnova = new Side("", new Ops() {
                    @Override
                    public void call() {
                        client.callPrimitive(ctx, "echo", args);
                    }

                    @Override
                    public long casts(int n) {
                        long t0 = System.nanoTime();
                        for (int i = 0; i < n; i++) {
                            client.cast(ctx, "echo", args);
                        }
                        return System.nanoTime() - t0;
                    }
                });
                Side rawSide = raw == null ? null : new Side("raw_", new Ops() {
                    @Override
                    public void call() throws Exception {
                        raw.call();
                    }

                    @Override
                    public long casts(int n) throws Exception {
                        return raw.casts(n);
                    }
                });
                List<Side> sides = rawSide == null ? List.of(jnova) : List.of(jnova, rawSide);
                for (Side side : sides) {
                    side.warmUp(warmup, concurrency);
                }
                // rounds alternate which side goes first, so a change of machine load hits both alike
                for (int r = 0; r < rounds; r++) {
                    int share = calls / rounds + (r < calls % rounds ? 1 : 0);
                    List<Side> order = r % 2 == 0 ? sides : reversed(sides);
                    for (Side side : order) {
                        side.round(share, concurrency);
                    }
                }
                for (Side side : sides) {
                    side.report(out);
                }
            } finally {
                server.close();
            }
        }
        if (rabbit) {
            out.put("calls_ratio", ratio(out, "calls_per_s", "raw_calls_per_s"));
            out.put("concurrent_calls_ratio", ratio(out, "concurrent_calls_per_s", "raw_concurrent_calls_per_s"));
            out.put("casts_ratio", ratio(out, "casts_per_s", "raw_casts_per_s"));
        } else {
            out.put("raw", "skipped: the raw amqp-client baseline needs a rabbit:// transport_url");
        }
        out.put("calls", calls);
        out.put("concurrency", concurrency);
        out.put("rounds", rounds);
        print(spec.commandLine().getOut(), out);
        return 0;
    }

    private static List<Side> reversed(List<Side> sides) {
        List<Side> copy = new ArrayList<>(sides);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Bytes of jnova's cast body for the benchmark message, so the raw loop's casts send as many. */
    private static int castSize(RequestContext ctx, Map<String, Object> args) {
        Map<String, Object> m = OsloMessages.request("echo", args, null, "1.0", null, null, null, false, ctx.toDict());
        return OsloEnvelope.serialize(m).length(); // ASCII: one byte per char
    }

    /** Bytes of jnova's request body for the benchmark call, so the raw loop sends as many. */
    private static int requestSize(RequestContext ctx, Map<String, Object> args) {
        Map<String, Object> m = OsloMessages.request("echo", args, null, "1.0", OsloMessages.newId(),
                "reply_" + OsloMessages.newId(), null, true, ctx.toDict());
        return OsloEnvelope.serialize(m).length(); // ASCII: one byte per char
    }

    /** Bytes of the echo's reply body. */
    private static int replySize(Map<String, Object> args) {
        return OsloEnvelope.serialize(OsloMessages.reply(args.get("x"), null, true, OsloMessages.newId())).length();
    }

    /** What one side (jnova's engine or the raw loop) does per operation. */
    private interface Ops {
        void call() throws Exception;

        /** Sends {@code n} casts one after another; returns the elapsed nanoseconds. */
        long casts(int n) throws Exception;
    }

    /** One side's accumulated figures over the rounds. */
    private final class Side {
        final String prefix;
        final Ops ops;
        final Latencies seq = new Latencies(calls);
        long seqNanos;
        int seqCount;
        long concNanos;
        int concCount;
        long castNanos;
        int castCount;

        Side(String prefix, Ops ops) {
            this.prefix = prefix;
            this.ops = ops;
        }

        /** Runs every kind of operation {@code n} times unmeasured. */
        void warmUp(int n, int threads) throws Exception {
            for (int i = 0; i < n; i++) {
                ops.call();
            }
            int perThread = Math.max(1, n / threads);
            concurrently(threads, () -> {
                for (int i = 0; i < perThread; i++) {
                    ops.call();
                }
            });
            ops.casts(n);
        }

        void round(int n, int threads) throws Exception {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long c0 = System.nanoTime();
                ops.call();
                seq.add(System.nanoTime() - c0);
            }
            seqNanos += System.nanoTime() - t0;
            seqCount += n;
            int perThread = Math.max(1, n / threads);
            concNanos += concurrently(threads, () -> {
                for (int i = 0; i < perThread; i++) {
                    ops.call();
                }
            });
            concCount += perThread * threads;
            castNanos += ops.casts(n);
            castCount += n;
        }

        void report(Map<String, Object> out) {
            out.put(prefix + "calls_per_s", Latencies.rate(seqCount, seqNanos));
            out.put(prefix + "concurrent_calls_per_s", Latencies.rate(concCount, concNanos));
            out.put(prefix + "casts_per_s", Latencies.rate(castCount, castNanos));
            out.put(prefix + "p50_ms", seq.percentileMs(50));
            out.put(prefix + "p99_ms", seq.percentileMs(99));
        }
    }

    private static double ratio(Map<String, Object> out, String ours, String raw) {
        return Math.round((Double) out.get(ours) / (Double) out.get(raw) * 100) / 100.0;
    }

    /** Runs the body on {@code threads} threads at once; returns the elapsed nanoseconds. */
    private static long concurrently(int threads, Body body) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                body.run();
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark call failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return System.nanoTime() - t0;
    }

    /** A benchmark body that may throw. */
    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    private static RpcEndpoint echoEndpoint() {
        Map<String, RpcMethod> methods = Map.of("echo", (ctx, a) -> a.get("x"));
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

    private void print(PrintWriter w, Map<String, Object> figures) {
        if ("json".equals(format)) {
            w.println(PyJson.dumps(figures));
        } else {
            figures.forEach((k, v) -> w.printf("%-28s %s%n", k, v));
        }
        w.flush();
    }

    private static void quietLogs() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
