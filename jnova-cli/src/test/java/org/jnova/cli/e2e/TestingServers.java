package org.jnova.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jnova.cli.server.ComputeApiClient;
import org.jnova.cli.server.ComputeApiException;
import org.junit.jupiter.api.Assumptions;

/** What the end-to-end tests do with servers over the Compute API: create, act, and wait with a deadline. */
public final class TestingServers {
    private final ComputeApiClient api;
    private final Duration wait;
    private final long pollMillis;

    public TestingServers(ComputeApiClient api, Duration wait, long pollMillis) {
        this.api = api;
        this.wait = wait;
        this.pollMillis = pollMillis;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> show(String id) {
        return (Map<String, Object>) api.get("/servers/" + id).get("server");
    }

    /** Polls the server until {@code done} holds; fails with the last view when the wait runs out. */
    public Map<String, Object> waitFor(String id, Predicate<Map<String, Object>> done) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Map<String, Object> server = show(id);
        while (!done.test(server)) {
            assertThat(System.nanoTime()).as("waiting for server %s, last seen %s", id, server).isLessThan(deadline);
            Thread.sleep(pollMillis);
            server = show(id);
        }
        return server;
    }

    /** Waits until the server is gone: its show answers 404. */
    public void waitForDeleted(String id) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                show(id);
            } catch (ComputeApiException e) {
                assertThat(e.status()).isEqualTo(404);
                return;
            }
            assertThat(System.nanoTime()).as("server %s still exists", id).isLessThan(deadline);
            Thread.sleep(pollMillis);
        }
    }

    /** Waits for a status with no task in progress. */
    public Map<String, Object> waitForStatus(String id, String status) throws InterruptedException {
        return waitFor(id, s -> status.equals(s.get("status")) && s.get("OS-EXT-STS:task_state") == null);
    }

    /** Creates a m1.tiny server and returns its id. */
    @SuppressWarnings("unchecked")
    public String create(String name, Map<String, String> metadata) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("name", name);
        server.put("flavorRef", "1");
        server.put("imageRef", org.jnova.api.image.ImageCatalog.CIRROS_ID);
        if (!metadata.isEmpty()) {
            server.put("metadata", metadata);
        }
        return (String) ((Map<String, Object>) api.post("/servers", Map.of("server", server)).get("server")).get("id");
    }

    public void action(String id, Object body) {
        api.post("/servers/" + id + "/action", body);
    }

    /**
     * The checkout's {@code plugins/} directory when the named plugin archives are there; otherwise the
     * test is skipped, saying which are missing and how they are built.
     */
    public static Path builtPlugins(String... archives) {
        Path plugins = Path.of(System.getProperty("jnova.root", "..")).resolve("plugins");
        List<String> missing = java.util.Arrays.stream(archives).filter(a -> !Files.exists(plugins.resolve(a))).toList();
        Assumptions.assumeTrue(missing.isEmpty(), "skipped: the plugin ZIPs " + missing + " are not in "
                + plugins.toAbsolutePath() + " (they are built by the adapters' package phase: run `mvn -B verify`"
                + " from the root)");
        return plugins;
    }

    /** Removes a test's state directory (nothing to do for null). */
    public static void deleteTree(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
