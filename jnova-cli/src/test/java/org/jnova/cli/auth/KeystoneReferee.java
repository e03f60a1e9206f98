package org.jnova.cli.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Keystone started by the project's own {@code scripts/keystone} (Debian's python3-keystone on
 * loopback), one per test class: its openrc files and jnova's [keystone_authtoken] config file.
 */
final class KeystoneReferee implements AutoCloseable {
    private final Process process;
    final Path dir;
    final int port;

    private KeystoneReferee(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Starts Keystone with {@code computeUrl} in its catalog; skips the test (saying why) when it cannot run. */
    static KeystoneReferee start(String computeUrl, int port) throws Exception {
        Path root = Path.of(System.getProperty("jnova.root", ".."));
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/keystone-manage"))
                        && Files.isExecutable(Path.of("/usr/bin/uwsgi")),
                "skipped: Debian's python3-keystone and uwsgi are not installed (scripts/ensure-services.sh installs them)");
        Path dir = Files.createTempDirectory("jnova-keystone-");
        Process p = new ProcessBuilder("bash", root.resolve("scripts/keystone").toString(), "--port",
                String.valueOf(port), "--dir", dir.toString(), "--compute-url", computeUrl)
                .redirectErrorStream(true).redirectOutput(dir.resolve("script.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.exists(dir.resolve("ready"))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                String log = Files.exists(dir.resolve("script.log")) ? Files.readString(dir.resolve("script.log")) : "";
                p.destroy();
                throw new IllegalStateException("scripts/keystone did not become ready: " + log);
            }
            Thread.sleep(200);
        }
        return new KeystoneReferee(p, dir, port);
    }

    /** The variables an openrc file exports. */
    Map<String, String> openrc(String name) throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve(name))) {
            if (line.startsWith("export ")) {
                String kv = line.substring("export ".length());
                env.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        return env;
    }

    Path jnovaConf() {
        return dir.resolve("jnova-keystone.conf");
    }

    /** Stops Keystone (SIGTERM, as a user would) and its uwsgi. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        org.jnova.cli.e2e.TestingServers.deleteTree(dir);
    }
}
