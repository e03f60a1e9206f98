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
 * transport, against a raw amqp-client request/reply loop with the same AMQP properties in the same run.
 * Prints calls_per_s (sequential), concurrent_calls_per_s, casts_per_s (confirmed), p50_ms, p99_ms, the
 * raw_* figures and the ratios.
 */
@Command(name = "rpc", mixinStandardHelpOptions = true,
        description = "Measure RPC calls and casts through jnova's engine and transport against a raw amqp-client loop")
public final class BenchRpcCommand implements Callable<Integer> {
    private static final int WARMUP = 300;

    @Mixin
    ConfigFileOptions configOptions;

    @Option(names = "--transport-url", description = "Overrides [DEFAULT] transport_url (rabbit://... for the raw baseline)")
    String transportUrl;

    @Option(names = "--calls", defaultValue = "5000", description = "Calls (and casts) per phase (default: ${DEFAULT-VALUE})")
    int calls;

    @Option(names = "--concurrency", defaultValue = "16", description = "Client threads of the concurrent phase (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (calls < 1 || concurrency < 1) {
            spec.commandLine().getErr().println("--calls and --concurrency must be at least 1");
            return 2;
        }
        quietLogs();
        ConfigOpts config = configOptions.load();
        Map<String, Object> out = new LinkedHashMap<>();
        String topic = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (RpcBus bus = RpcBus.open(config, transportUrl, "jnova-bench");
             RpcTransport transport = new RpcTransport(bus.driver())) {
            RpcServer server = transport.server(new Target(null, topic, "bench", null, null, false),
                    List.of(echoEndpoint()), Math.max(16, concurrency)).start();
            try {
                RpcClient client = transport.client(new Target(null, topic, null, null, "1.0", false),
                        Duration.ofSeconds(30), null);
                RequestContext ctx = RequestContext.admin();
                Map<String, Object> args = Map.of("x", "jnova bench payload");
                for (int i = 0; i < WARMUP; i++) {
                    client.callPrimitive(ctx, "echo", args);
                }
                Latencies seq = new Latencies(calls);
                long t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    long c0 = System.nanoTime();
                    client.callPrimitive(ctx, "echo", args);
                    seq.add(System.nanoTime() - c0);
                }
                out.put("calls_per_s", Latencies.rate(calls, System.nanoTime() - t0));
                int perThread = Math.max(1, calls / concurrency);
                long conc = concurrently(concurrency, () -> {
                    for (int i = 0; i < perThread; i++) {
                        client.callPrimitive(ctx, "echo", args);
                    }
                });
                out.put("concurrent_calls_per_s", Latencies.rate(perThread * concurrency, conc));
                long c0 = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    client.cast(ctx, "echo", args);
                }
                out.put("casts_per_s", Latencies.rate(calls, System.nanoTime() - c0));
                out.put("p50_ms", seq.percentileMs(50));
                out.put("p99_ms", seq.percentileMs(99));
            } finally {
                server.close();
            }
        }
        String url = transportUrl != null ? transportUrl : config.string(NovaOptions.TRANSPORT_URL);
        TransportUrl parsed = TransportUrl.parse(url);
        if ("rabbit".equals(parsed.driver()) || "kombu".equals(parsed.driver())) {
            rawBaseline(parsed, config, out);
        } else {
            out.put("raw", "skipped: the raw amqp-client baseline needs a rabbit:// transport_url");
        }
        out.put("calls", calls);
        out.put("concurrency", concurrency);
        print(spec.commandLine().getOut(), out);
        return 0;
    }

    private void rawBaseline(TransportUrl url, ConfigOpts config, Map<String, Object> out) throws Exception {
        try (RawAmqpRpcLoop raw = new RawAmqpRpcLoop(url, config.string(NovaOptions.CONTROL_EXCHANGE))) {
            for (int i = 0; i < WARMUP; i++) {
                raw.call();
            }
            Latencies seq = new Latencies(calls);
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                long c0 = System.nanoTime();
                raw.call();
                seq.add(System.nanoTime() - c0);
            }
            out.put("raw_calls_per_s", Latencies.rate(calls, System.nanoTime() - t0));
            int perThread = Math.max(1, calls / concurrency);
            out.put("raw_concurrent_calls_per_s",
                    Latencies.rate(perThread * concurrency, raw.concurrentCalls(perThread * concurrency, concurrency, null)));
            out.put("raw_casts_per_s", Latencies.rate(calls, raw.casts(calls)));
            out.put("raw_p50_ms", seq.percentileMs(50));
            out.put("raw_p99_ms", seq.percentileMs(99));
        }
        out.put("calls_ratio", ratio(out, "calls_per_s", "raw_calls_per_s"));
        out.put("concurrent_calls_ratio", ratio(out, "concurrent_calls_per_s", "raw_concurrent_calls_per_s"));
        out.put("casts_ratio", ratio(out, "casts_per_s", "raw_casts_per_s"));
    }

    private static double ratio(Map<String, Object> out, String ours, String raw) {
        return Math.round((Double) out.get(ours) / (Double) out.get(raw) * 100) / 100.0;
    }

    /** Runs the body on {@code threads} threads at once; returns the elapsed nanoseconds. */
    private static long concurrently(int threads, Runnable body) throws InterruptedException {
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
