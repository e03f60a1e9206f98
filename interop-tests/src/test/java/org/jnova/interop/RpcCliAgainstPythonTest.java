package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/jnova rpc ping|call|cast} as a separate process (plugin loaded from plugins/) against a real
 * Python oslo.messaging server.
 */
class RpcCliAgainstPythonTest {
    private static final String TOPIC = "interop_cli_" + Long.toHexString(System.nanoTime());
    private static PythonPeer python;
    private static Path root;

    @BeforeAll
    static void start() throws IOException {
        PythonPeer.assumeAvailable();
        root = Path.of(System.getProperty("jnova.root", "..")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve("jnova-cli/target/lib"))
                        && Files.exists(root.resolve("plugins/jnova-transport-rabbit.zip")),
                "SKIPPED: bin/jnova is not built (run mvn package first) in " + root);
        python = PythonPeer.server(TOPIC, "pyhost");
    }

    @AfterAll
    static void stop() {
        if (python != null) {
            python.close();
        }
    }

    /** Exit code and the last JSON line of stdout (logs may precede it). */
    private record Run(int exit, Map<String, Object> json, String all) {
    }

    @SuppressWarnings("unchecked")
    private static Run jnova(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("bin/jnova").toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--transport-url", PythonPeer.URL, "-f", "json"));
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("{}");
        return new Run(p.exitValue(), (Map<String, Object>) PyJson.loads(last), out);
    }

    @Test
    void pingCallAndCastReachThePythonServer() throws Exception {
        Run ping = jnova("rpc", "ping", "--topic", TOPIC, "--server", "pyhost");
        assertThat(ping.exit()).as(ping.all()).isZero();
        assertThat(ping.json().get("result")).isEqualTo(Map.of("service", "python-oslo", "arg", "jnova rpc ping"));

        Run call = jnova("rpc", "call", "--topic", TOPIC, "--version", "1.0", "--method", "add", "--args",
                "{\"a\": 2, \"b\": 3}");
        assertThat(call.exit()).as(call.all()).isZero();
        assertThat(call.json()).containsEntry("result", 5L);

        Run cast = jnova("rpc", "cast", "--topic", TOPIC, "--fanout", "--version", "1.0", "--method", "record",
                "--args", "{\"value\": \"cli-fanout\"}");
        assertThat(cast.exit()).as(cast.all()).isZero();
        Thread.sleep(300);
        Run recorded = jnova("rpc", "call", "--topic", TOPIC, "--version", "1.0", "--method", "recorded_values");
        assertThat((List<Object>) recorded.json().get("result")).contains("cli-fanout");
    }

    @Test
    @SuppressWarnings("unchecked")
    void benchRpcPrintsEveryFigureAndTheRawBaseline() throws Exception {
        Run bench = jnova("bench", "rpc", "--calls", "300", "--concurrency", "4");
        assertThat(bench.exit()).as(bench.all()).isZero();
        for (String k : java.util.List.of("calls_per_s", "concurrent_calls_per_s", "casts_per_s", "p50_ms", "p99_ms",
                "raw_calls_per_s", "raw_concurrent_calls_per_s", "raw_casts_per_s", "raw_p50_ms", "raw_p99_ms",
                "calls_ratio", "concurrent_calls_ratio", "casts_ratio")) {
            assertThat(((Number) bench.json().get(k)).doubleValue()).as(k).isPositive();
        }
        assertThat(bench.json()).containsEntry("calls", 300L).containsEntry("concurrency", 4L);
    }

    @Test
    void aRemoteFailurePrintsClassModuleMessageAndExitsOne() throws Exception {
        Run fail = jnova("rpc", "call", "--topic", TOPIC, "--version", "1.0", "--method", "fail");
        assertThat(fail.exit()).isEqualTo(1);
        assertThat(fail.json()).containsEntry("class", "ValueError").containsEntry("module", "builtins")
                .containsEntry("message", "('bad value', 42)");
    }
}
