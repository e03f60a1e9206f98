package org.jnova.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jnova.cli.server.ComputeApiClient;
import org.jnova.common.config.ConfigOpts;
import org.jnova.domain.wire.PyJson;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jnova bench boot}: starts an all-in-one in this JVM on embedded defaults (state in a temporary
 * directory: fake://, fake.FakeDriver, H2), boots servers over HTTP and prints boots_per_s, p50_ms, p99_ms,
 * count, errors, warmup, warmup_errors, api_ready_ms (start -> API answering), heap_used_after_start_mb
 * (after a GC) and cpu_ms_per_boot (CPU of the whole process during the counted boots, divided by the count).
 * {@code --warmup N} first boots N servers that are left out of every figure but their errors.
 */
@Command(name = "boot", description = "Boot N servers on an in-process all-in-one and measure", mixinStandardHelpOptions = true)
final class BootCommand implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "100", description = "Servers to boot (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--concurrency", defaultValue = "8", description = "Concurrent API clients (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--warmup", defaultValue = "0", description = "Servers booted first and left out of the figures, "
            + "so the JIT has compiled the hot paths before measuring, as JMH warms up (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--config-file", paramLabel = "PATH", description = "Config files read before the embedded overrides")
    List<Path> configFiles = new ArrayList<>();

    @Option(names = "--flavor", defaultValue = "1", description = "flavorRef (default: ${DEFAULT-VALUE})")
    String flavor;

    @Option(names = "--timeout", defaultValue = "600", description = "Give up after this many seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--cpu-by-thread", description = "Also print cpu_ms_by_thread: the counted boots' CPU per thread group")
    boolean cpuByThread;

    @Option(names = "--verbose", description = "Keep INFO logging during the run")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || concurrency < 1 || warmup < 0) {
            spec.commandLine().getErr().println("--count and --concurrency must be at least 1, --warmup at least 0");
            return 2;
        }
        if (!verbose) {
            quietLogs();
        }
        Path state = Files.createTempDirectory("jnova-bench-");
        try {
            long t0 = System.nanoTime();
            ConfigOpts config = EmbeddedCloud.embeddedConfig(configFiles, state, EmbeddedCloud.freePort());
            try (EmbeddedCloud cloud = EmbeddedCloud.start(config, null)) {
                long apiReadyMs = waitForApi(cloud.apiUrl(), t0);
                ComputeApiClient client = new ComputeApiClient(cloud.apiUrl());
                System.gc();
                Runtime rt = Runtime.getRuntime();
                long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                BootBenchmark bench = new BootBenchmark(client, flavor, org.jnova.api.image.ImageCatalog.CIRROS_ID);
                int warmupErrors = warmup == 0 ? 0 : bench.run("warmup-", warmup, concurrency, timeoutSeconds * 1000).errors();
                long cpuBefore = processCpuNanos();
                ThreadCpu threadCpu = cpuByThread ? ThreadCpu.snapshot() : null;
                BootBenchmark.Result r = bench.run("bench-", count, concurrency, timeoutSeconds * 1000);
                long cpuMs = (processCpuNanos() - cpuBefore) / 1_000_000;
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("boots_per_s", Math.round(r.bootsPerSecond() * 10) / 10.0);
                out.put("p50_ms", r.p50Ms());
                out.put("p99_ms", r.p99Ms());
                out.put("count", r.count());
                out.put("errors", r.errors());
                out.put("warmup", warmup);
                out.put("warmup_errors", warmupErrors);
                out.put("api_ready_ms", apiReadyMs);
                out.put("heap_used_after_start_mb", heapMb);
                if (cpuBefore >= 0) {
                    out.put("cpu_ms_per_boot", Math.round(cpuMs * 10.0 / r.count()) / 10.0);
                }
                if (threadCpu != null) {
                    out.put("cpu_ms_by_thread", threadCpu.sinceSnapshot());
                }
                print(spec.commandLine().getOut(), out);
                return r.errors() == 0 && warmupErrors == 0 ? 0 : 1;
            }
        } finally {
            deleteTree(state);
        }
    }

    private void print(PrintWriter out, Map<String, Object> figures) {
        if ("json".equals(format)) {
            out.println(PyJson.dumps(figures));
        } else {
            figures.forEach((k, v) -> out.printf("%-26s %s%n", k, v));
        }
        out.flush();
    }

    /** Milliseconds from {@code t0} until {@code GET /v2.1} answers 200 (bounded by 30 s). */
    private static long waitForApi(String apiUrl, long t0) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(apiUrl)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the API at " + apiUrl + " did not answer within 30 s");
            }
            Thread.sleep(5);
        }
    }

    /**
     * CPU time of this whole process (every service and the clients) in nanoseconds: unlike boots_per_s
     * it hardly moves when other processes share the machine; -1 if the JVM does not tell.
     */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The per-boot INFO lines would dominate the run; keep warnings only. */
    private static void quietLogs() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
