package org.jnova.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private RabbitMQ node from Debian's installed rabbitmq-server ({@code jnovatest@localhost} on
 * 127.0.0.1:{@value #PORT}, its own dist port, config, mnesia and log dirs under a temp dir), so a test can
 * stop and start a real broker without touching the shared one on 5672. Skipped (JUnit assumption with the
 * reason) when rabbitmq-server is not installed or the test does not run as root (the node runs as user
 * rabbitmq, which shares the Erlang cookie with rabbitmqctl).
 */
final class TestingRabbitNode implements AutoCloseable {
    static final int PORT = 5682;
    private static final int DIST_PORT = 25682;
    private static final String NODE = "jnovatest@localhost";
    private static final long START_BUDGET_MS = 30_000;

    private final Path dir;
    private final Path server;
    private final Path ctl;
    private Process process;

    private TestingRabbitNode(Path sbin) throws IOException {
        this.server = sbin.resolve("rabbitmq-server");
        this.ctl = sbin.resolve("rabbitmqctl");
        this.dir = Files.createTempDirectory("jnova-rabbit-node");
        Files.createDirectories(dir.resolve("mnesia"));
        Files.createDirectories(dir.resolve("log"));
        // the system config pins listeners.tcp to 5672; ours replaces it (RABBITMQ_NODE_PORT alone does not)
        Files.writeString(dir.resolve("rabbitmq.conf"), "listeners.tcp.local = 127.0.0.1:" + PORT + "\n");
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        run(30, "chown", "-R", "rabbitmq", dir.toString());
    }

    /** Starts a fresh node, or skips the calling test saying why it cannot. */
    static TestingRabbitNode start() throws IOException {
        Path sbin = installedSbin();
        assumeTrue(sbin != null, "SKIPPED: Debian's rabbitmq-server is not installed "
                + "(/usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin/rabbitmq-server); the broker restart test needs it");
        assumeTrue("root".equals(System.getProperty("user.name")),
                "SKIPPED: the broker restart test must run as root to start a private rabbitmq node as user rabbitmq");
        assumeTrue(!listening(), "SKIPPED: something already listens on 127.0.0.1:" + PORT
                + " (a leftover " + NODE + "?); the broker restart test needs that port");
        TestingRabbitNode node = new TestingRabbitNode(sbin);
        try {
            node.startAgain();
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    String url(String query) {
        return "rabbit://guest:guest@127.0.0.1:" + PORT + "/" + query;
    }

    /** Starts the node (same port, same data dir) and waits until it accepts AMQP connections. */
    void startAgain() {
        if (process != null && process.isAlive() || listening()) {
            throw new IllegalStateException("node " + NODE + " is still running or port " + PORT + " is taken; output: "
                    + tail());
        }
        List<String> cmd = new ArrayList<>(List.of("runuser", "-u", "rabbitmq", "--", "env", "HOME=/var/lib/rabbitmq",
                "RABBITMQ_NODENAME=" + NODE, "RABBITMQ_NODE_IP_ADDRESS=127.0.0.1",
                "RABBITMQ_NODE_PORT=" + PORT, "RABBITMQ_DIST_PORT=" + DIST_PORT,
                "RABBITMQ_MNESIA_BASE=" + dir.resolve("mnesia"), "RABBITMQ_LOG_BASE=" + dir.resolve("log"),
                "RABBITMQ_CONFIG_FILE=" + dir.resolve("rabbitmq.conf"), server.toString()));
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.out").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + server, e);
        }
        long deadline = System.currentTimeMillis() + START_BUDGET_MS;
        while (!listening()) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("rabbitmq node " + NODE + " did not listen on " + PORT + " within "
                        + START_BUDGET_MS + " ms; its output: " + tail());
            }
            sleep(100);
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("rabbitmq node " + NODE + " exited right after starting; output: " + tail());
        }
    }

    /** For failure messages: whether the node process lives, and the end of its output. */
    String status() {
        return "node " + NODE + (process != null && process.isAlive() ? " running" : " not running")
                + (listening() ? ", port open" : ", port closed") + "; output: " + tail();
    }

    /** Stops the node gracefully (rabbitmqctl stop) and waits until its port is closed. */
    void stop() {
        if (process == null) {
            return;
        }
        run(60, "runuser", "-u", "rabbitmq", "--", "env", "HOME=/var/lib/rabbitmq", ctl.toString(), "-n", NODE,
                "stop");
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (listening() && System.currentTimeMillis() < deadline) {
            sleep(100);
        }
        process = null;
        if (listening()) {
            throw new IllegalStateException("rabbitmq node " + NODE + " still listens on " + PORT + " after stop; output: "
                    + tail());
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IllegalStateException e) {
            // reported by the failing test already; the temp dir goes anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }

    private static boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", PORT), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path installedSbin() {
        File[] dirs = new File("/usr/lib/rabbitmq/lib").listFiles((d, n) -> n.startsWith("rabbitmq_server-"));
        if (dirs == null) {
            return null;
        }
        for (File d : dirs) {
            Path sbin = d.toPath().resolve("sbin");
            if (Files.isExecutable(sbin.resolve("rabbitmq-server")) && Files.isExecutable(sbin.resolve("rabbitmqctl"))) {
                return sbin;
            }
        }
        return null;
    }

    private String tail() {
        try {
            String out = Files.readString(dir.resolve("server.out"), StandardCharsets.UTF_8);
            return out.length() > 2000 ? out.substring(out.length() - 2000) : out;
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static void run(int seconds, String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", cmd), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for rabbitmq node " + NODE, e);
        }
    }
}
