package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.wire.PyJson;

/**
 * Runs {@code src/test/python/oslo_peer.py} with Debian's {@code /usr/bin/python3}. Tests are skipped with
 * a message naming what is missing when the broker or the Python packages are not there.
 */
final class PythonPeer implements AutoCloseable {
    static final String PYTHON = "/usr/bin/python3";
    /** The test vhost; JNOVA_TEST_VHOST_PREFIX keeps parallel runs on one broker apart. */
    static final String VHOST = System.getenv().getOrDefault("JNOVA_TEST_VHOST_PREFIX", "") + "jnova_test";
    static final String URL = "rabbit://guest:guest@127.0.0.1:5672/" + VHOST;
    private static volatile boolean checked;

    private final Process process;
    private final BufferedReader reader;

    private PythonPeer(Process process, BufferedReader reader) {
        this.process = process;
        this.reader = reader;
    }

    static Path script() {
        Path p = Path.of("src/test/python/oslo_peer.py");
        if (!Files.exists(p)) {
            p = Path.of(System.getProperty("jnova.root", "."), "interop-tests/src/test/python/oslo_peer.py");
        }
        return p.toAbsolutePath();
    }

    /** Skips the calling test unless RabbitMQ, oslo.messaging 14 and nova are available. */
    static synchronized void assumeAvailable() {
        boolean up;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        assumeTrue(up, "SKIPPED: no RabbitMQ on 127.0.0.1:5672; interop tests need the loopback broker");
        String out = run(30, "-c", "import oslo_messaging, nova.baserpc; import importlib.metadata as m; "
                + "print(m.version('oslo.messaging'))").trim();
        assumeTrue(out.startsWith("14."), "SKIPPED: " + PYTHON + " has no oslo.messaging 14 / nova (got: " + out
                + "); install python3-oslo.messaging and python3-nova");
        if (!checked) {
            exec("rabbitmqctl", "add_vhost", VHOST);
            exec("rabbitmqctl", "set_permissions", "-p", VHOST, "guest", ".*", ".*", ".*");
            checked = true;
        }
    }

    /** Starts {@code oslo_peer.py server} and waits for READY. */
    static PythonPeer server(String topic, String server) throws IOException {
        return started("server", URL, topic, server);
    }

    /** Starts a command of the script that prints READY once it serves, and waits for that line. */
    static PythonPeer started(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, script().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (!"READY".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("python " + args[0] + " did not start (said: " + line + ")");
        }
        return new PythonPeer(p, r);
    }

    /** The JSON object on the next line the process prints (it ends after), waiting at most {@code timeoutSec}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> nextJson(long timeoutSec) throws IOException, InterruptedException {
        String line = reader.readLine();
        if (!process.waitFor(timeoutSec, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertThat(line).as("the python peer's output").isNotNull();
        return (Map<String, Object>) PyJson.loads(line);
    }

    /** Runs a one-shot command of the script and parses the last line of its output as JSON. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> json(long timeoutSec, String... args) {
        List<String> cmd = new ArrayList<>(List.of(script().toString()));
        cmd.addAll(List.of(args));
        String out = run(timeoutSec, cmd.toArray(new String[0]));
        String[] lines = out.strip().split("\n");
        return (Map<String, Object>) PyJson.loads(lines[lines.length - 1]);
    }

    static String run(long timeoutSec, String... args) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] bytes = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSec, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("python timed out: " + cmd);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "cannot run " + PYTHON + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void exec(String... cmd) {
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no rabbitmqctl: the test script created the vhost
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
