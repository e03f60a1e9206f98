package org.jnova.conductor.db;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jnova.ports.placement.AllocationClaim;
import org.jnova.ports.placement.PlacementConflict;
import org.jnova.ports.placement.ResourceClass;

/**
 * A separate claimer JVM for {@link EmbeddedPlacementProcessesTest}: opens the shared database, claims
 * {@code MEMORY_MB} from one provider as fast as it can from several threads, and prints {@code won
 * <consumer>} for each claim that was written. Arguments: dialect, JDBC URL, user, password, schema (or
 * "-"), provider uuid, amount, threads, claims per thread.
 */
public final class PlacementClaimerProcess {
    private PlacementClaimerProcess() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseUrl url = new DatabaseUrl(Dialect.valueOf(args[0]), args[1], args[2], args[3]);
        String schema = "-".equals(args[4]) ? null : args[4];
        String provider = args[5];
        long amount = Long.parseLong(args[6]);
        int threads = Integer.parseInt(args[7]);
        int perThread = Integer.parseInt(args[8]);
        try (Database db = Database.open(url, threads, schema)) {
            JdbcPlacementService placement = JdbcPlacementService.over(db);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String consumer = UUID.randomUUID().toString();
                        try {
                            placement.claim(AllocationClaim.onProvider(consumer, "p", "u", provider,
                                    Map.of(ResourceClass.MEMORY_MB, amount)));
                            System.out.println("won " + consumer);
                        } catch (PlacementConflict e) {
                            System.out.println("lost " + e.kind());
                        } catch (RuntimeException e) {
                            System.out.println("error " + e);
                        }
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                System.out.println("error claimers did not finish");
            }
        }
        System.out.flush();
    }
}
