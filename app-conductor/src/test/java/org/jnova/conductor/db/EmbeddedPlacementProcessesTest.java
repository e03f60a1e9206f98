package org.jnova.conductor.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jnova.ports.placement.Inventory;
import org.jnova.ports.placement.ResourceClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claimers in three separate JVMs (two threads each) race for one provider of the embedded placement
 * on each database: exactly the claims that fit are written, whatever the interleaving, and the usage
 * the inventory row keeps equals the allocations.
 */
class EmbeddedPlacementProcessesTest {
    private static final int PROCESSES = 3;
    private static final int THREADS = 2;
    private static final int CLAIMS_PER_THREAD = 6;
    private static final long AMOUNT = 128;
    /** 2000 MB at ratio 1.0: 15 claims of 128 MB fit, 36 are tried. */
    private static final long MEMORY_MB = 2000;

    @TempDir
    Path dir;

    @Test
    void h2() throws Exception {
        race(d -> TestDatabases.h2Shared(d));
    }

    @Test
    void postgresql() throws Exception {
        race(d -> TestDatabases.postgresql());
    }

    @Test
    void mariadb() throws Exception {
        race(d -> TestDatabases.mariadb());
    }

    private void race(Function<Path, TestDatabases.Handle> opener) throws Exception {
        try (TestDatabases.Handle handle = opener.apply(dir)) {
            JdbcPlacementService placement = JdbcPlacementService.over(handle.db());
            String rp = UUID.randomUUID().toString();
            placement.ensureProvider(rp, "node-" + rp);
            placement.setInventories(rp, Map.of(ResourceClass.MEMORY_MB, Inventory.of(MEMORY_MB, 0, 1.0)));

            List<Process> claimers = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                claimers.add(claimer(handle, rp));
            }
            List<String> won = new ArrayList<>();
            StringBuilder output = new StringBuilder();
            for (Process p : claimers) {
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("claimer finished").isTrue();
                output.append(out);
                out.lines().filter(l -> l.startsWith("won ")).forEach(l -> won.add(l.substring(4)));
            }
            assertThat(output.toString()).as("claimer output").doesNotContain("error");
            long fit = MEMORY_MB / AMOUNT;
            assertThat(won).as("claims written by %d processes", PROCESSES).hasSize((int) fit);
            assertThat(placement.usages(rp)).containsEntry(ResourceClass.MEMORY_MB, fit * AMOUNT);
            assertThat(placement.providerAllocations(rp)).containsOnlyKeys(won);
        }
    }

    private Process claimer(TestDatabases.Handle handle, String rp) throws IOException {
        DatabaseUrl url = handle.url();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                PlacementClaimerProcess.class.getName(), url.dialect().name(), url.jdbcUrl(), url.user(),
                url.password() == null ? "" : url.password(), handle.schema() == null ? "-" : handle.schema(), rp,
                String.valueOf(AMOUNT), String.valueOf(THREADS), String.valueOf(CLAIMS_PER_THREAD)));
        Path log = Files.createTempFile(dir, "claimer", ".err");
        return new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    }
}
