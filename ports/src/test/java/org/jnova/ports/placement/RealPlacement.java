package org.jnova.ports.placement;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's real placement-api (python3-placement 8.0.0) for tests, started by {@code scripts/placement} on
 * a free loopback port with its own SQLite database in a temporary directory and {@code auth_strategy =
 * noauth2}: send {@code X-Auth-Token: admin}. Absent software skips the test, saying what is missing.
 */
public final class RealPlacement implements AutoCloseable {
    private final Process process;
    private final Path dir;
    private final String url;

    private RealPlacement(Process process, Path dir, String url) {
        this.process = process;
        this.dir = dir;
        this.url = url;
    }

    /** Starts it from the repository at {@code root} and waits until {@code GET /} answers. */
    public static RealPlacement start(Path root) throws IOException, InterruptedException {
        Path script = root.resolve("scripts/placement");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/placement-api")) && Files.isExecutable(script),
                "SKIPPED: the real placement-api referee needs /usr/bin/placement-api (scripts/ensure-services.sh"
                        + " installs python3-placement) and " + script);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("jnova-placement-");
        Process p = new ProcessBuilder(script.toString(), "--port", String.valueOf(port), "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("placement.log").toFile()).start();
        RealPlacement placement = new RealPlacement(p, dir, "http://127.0.0.1:" + port);
        placement.awaitReady(Duration.ofSeconds(60));
        return placement;
    }

    /** The repository root for tests run by Maven from a module directory. */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("jnova.root", "..")).toAbsolutePath().normalize();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return url;
    }

    /** What it logged so far, for failure messages. */
    public String log() {
        try {
            return Files.readString(dir.resolve("placement.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("scripts/placement exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url + "/"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IOException("placement-api did not answer GET / within " + timeout + ":\n" + log());
    }

    /** SIGTERM (the script execs placement-api, so this stops the server itself), then the files. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // temporary files only
        }
    }
}
