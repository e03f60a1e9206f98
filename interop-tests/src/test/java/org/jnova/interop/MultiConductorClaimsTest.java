package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: conductors as separate JVMs on one database and one RabbitMQ bus, with small fake computes, take
 * bursts of concurrent boots larger than the cloud. With three conductors (two RPC servers each) and three
 * computes, then two conductors and one compute, the ACTIVE servers fill each host exactly, the rest end in
 * ERROR with NoValidHost and none stays in BUILD; the placement tables always match the instances. On
 * PostgreSQL, a conductor and then a compute are SIGKILLed in the middle of builds: after the allocation
 * heal, no allocation is leaked or missing, and deleting every server gives everything back.
 */
class MultiConductorClaimsTest {
    private static final String PREFIX = System.getenv().getOrDefault("JNOVA_TEST_VHOST_PREFIX", "");
    /** Hosts, their fake memory and how many m1.tiny (512 MB) they hold: memory_mb × 1.5 / 512. */
    private static final Map<String, Integer> MEMORY_MB = Map.of("cl-cmp1", 1024, "cl-cmp2", 1024, "cl-cmp3", 2048);
    private static final Map<String, Integer> CAPACITY = Map.of("cl-cmp1", 3, "cl-cmp2", 3, "cl-cmp3", 6);
    private static final String NO_VALID_HOST = "No valid host was found. There are not enough hosts available.";
    private static final Duration SETTLE = Duration.ofSeconds(150);
    private static final List<String> COMMON = List.of("periodic_fuzzy_delay = 0", "update_resources_interval = 2",
            "[conductor]", "workers = 2", "[scheduler]", "heal_allocations_interval = 3", "[fake_driver]", "vcpus = 8",
            "local_gb = 100");

    @Test
    void threeThenTwoConductorsOnPostgresqlAndCrashesInTheMiddleOfBuilds() throws Exception {
        onDatabase("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/", "postgres", "postgresql://postgres@127.0.0.1/",
                " WITH (FORCE)", true);
    }

    @Test
    void threeThenTwoConductorsOnMariadb() throws Exception {
        onDatabase("MariaDB", "jdbc:mariadb://127.0.0.1:3306/", "root", "mysql+pymysql://root@127.0.0.1/", "", false);
    }

    /** The scenario in a fresh database of the server at {@code jdbcServer} (its {@code test} database is the admin's). */
    private void onDatabase(String what, String jdbcServer, String user, String jnovaServer, String dropOptions,
                            boolean crashes) throws Exception {
        String db = "jnova_claims_" + Long.toHexString(System.nanoTime());
        String admin = jdbcServer + "test";
        assumeTrue(admin(admin, user, "CREATE DATABASE " + db), "SKIPPED: " + what + " at " + jdbcServer + " (user "
                + user + ", db test) is needed for conductors to share a database");
        try {
            scenario(jnovaServer + db, new PlacementLedger(jdbcServer + db, user), crashes);
        } finally {
            admin(admin, user, "DROP DATABASE IF EXISTS " + db + dropOptions);
        }
    }

    private void scenario(String dbUrl, PlacementLedger ledger, boolean crashes) throws Exception {
        PythonPeer.assumeAvailable();
        Path root = Path.of(System.getProperty("jnova.root", "..")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve("jnova-cli/target/lib"))
                        && Files.exists(root.resolve("plugins/jnova-transport-rabbit.zip")),
                "SKIPPED: bin/jnova is not built (run mvn package first) in " + root);
        String vhost = PREFIX + "jnova_claims_" + Long.toHexString(System.nanoTime());
        JnovaProcesses.run("rabbitmqctl", "add_vhost", vhost);
        JnovaProcesses.run("rabbitmqctl", "set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
        JnovaProcesses p = new JnovaProcesses(root, "rabbit://guest:guest@127.0.0.1:5672/" + vhost, dbUrl);
        try (p) {
            p.start("conductor", "cl-c1", common());
            await(ledger::migrated, Duration.ofSeconds(90), "the first conductor to migrate the schema");
            p.start("conductor", "cl-c2", common());
            p.start("conductor", "cl-c3", common());
            for (String host : MEMORY_MB.keySet()) {
                startCompute(p, host);
            }
            p.start("api", "cl-api", common());
            p.awaitStates(Map.of("cl-c1", "up", "cl-c2", "up", "cl-c3", "up", "cl-cmp1", "up", "cl-cmp2", "up",
                    "cl-cmp3", "up"), Duration.ofSeconds(150));
            awaitHypervisors(p, 3);

            burstFillsExactly(p, ledger, 18, CAPACITY);

            p.stop("cl-c3");
            p.stop("cl-cmp2");
            p.stop("cl-cmp3");
            p.awaitStates(Map.of("cl-cmp2", "down", "cl-cmp3", "down"), Duration.ofSeconds(60));
            Thread.sleep(1500); // the schedulers read the services once a second
            burstFillsExactly(p, ledger, 8, Map.of("cl-cmp1", 3));

            if (crashes) {
                conductorKilledMidBurst(p, ledger);
                computeKilledMidSpawn(p, ledger);
            }
        } catch (AssertionError | Exception e) {
            StringBuilder logs = new StringBuilder(e.getMessage());
            for (String host : List.of("cl-c1", "cl-c2", "cl-cmp1", "cl-api")) {
                logs.append("\n--- ").append(host).append(" log tail ---\n").append(JnovaProcesses.tail(p.log(host)));
            }
            throw new AssertionError(logs.toString(), e);
        } finally {
            JnovaProcesses.run("rabbitmqctl", "delete_vhost", vhost);
        }
    }

    /** Boots {@code count} servers at once; exactly what fits ends ACTIVE, per host; then deletes them all. */
    private void burstFillsExactly(JnovaProcesses p, PlacementLedger ledger, int count, Map<String, Integer> capacity)
            throws Exception {
        int fit = capacity.values().stream().mapToInt(Integer::intValue).sum();
        List<String> ids = burst(p, "b" + count, count);
        Map<String, Integer> active = new LinkedHashMap<>();
        int noValidHost = 0;
        for (Map<String, Object> s : settle(p, ids).values()) {
            if ("ACTIVE".equals(s.get("status"))) {
                active.merge((String) s.get("OS-EXT-SRV-ATTR:host"), 1, Integer::sum);
            } else if (NO_VALID_HOST.equals(fault(s))) {
                noValidHost++;
            }
        }
        assertThat(active).as("ACTIVE servers per host").isEqualTo(capacity);
        assertThat(noValidHost).as("servers in ERROR with NoValidHost").isEqualTo(count - fit);
        assertThat(ledger.problems()).as("placement against the instances").isEmpty();
        deleteAll(p, ledger, ids);
    }

    /**
     * Two conductors, one compute: a conductor is SIGKILLed while a burst is being scheduled. Builds it had
     * taken are lost (their casts were acknowledged, as oslo.messaging's are), but once the heal has run
     * twice no allocation is leaked or missing, and the host was never given more than it holds.
     */
    private void conductorKilledMidBurst(JnovaProcesses p, PlacementLedger ledger) throws Exception {
        ExecutorService killer = Executors.newSingleThreadExecutor();
        List<String> ids;
        try {
            Future<?> kill = killer.submit(() -> {
                Thread.sleep(300);
                p.kill("cl-c2");
                return null;
            });
            ids = burst(p, "k", 8);
            kill.get(60, TimeUnit.SECONDS);
        } finally {
            killer.shutdownNow();
        }
        awaitNoProblems(ledger);
        long active = 0;
        for (String id : ids) {
            Map<String, Object> s = show(p, id);
            active += "ACTIVE".equals(s.get("status")) ? 1 : 0;
        }
        assertThat(active).as("ACTIVE servers on cl-cmp1 after the kill").isLessThanOrEqualTo(3);
        deleteAll(p, ledger, ids);
    }

    /**
     * The compute is SIGKILLed while two builds spawn (a slow fake driver) and started again: its start-up
     * sets them to ERROR on their host, where they keep their allocations as Nova's do, until deleted.
     */
    private void computeKilledMidSpawn(JnovaProcesses p, PlacementLedger ledger) throws Exception {
        p.stop("cl-cmp1");
        startCompute(p, "cl-cmp1", "operation_delay_ms = 4000");
        Thread.sleep(4000); // its service record is up again and its resources reported
        List<String> ids = burst(p, "s", 2);
        for (String id : ids) {
            await(() -> "spawning".equals(show(p, id).get("OS-EXT-STS:task_state")), Duration.ofSeconds(60),
                    "server " + id + " spawning");
        }
        p.kill("cl-cmp1");
        startCompute(p, "cl-cmp1");
        for (String id : ids) {
            await(() -> "ERROR".equals(show(p, id).get("status")), Duration.ofSeconds(90),
                    "server " + id + " in ERROR after the compute's restart");
        }
        awaitNoProblems(ledger);
        assertThat(ledger.consumers()).as("the builds interrupted on their host keep their claims").isEqualTo(2);
        deleteAll(p, ledger, ids);
    }

    private static void startCompute(JnovaProcesses p, String host, String... more) throws Exception {
        List<String> lines = new ArrayList<>(COMMON);
        lines.add("memory_mb = " + MEMORY_MB.get(host));
        lines.addAll(List.of(more));
        p.start("compute", host, lines.toArray(String[]::new));
    }

    private static String[] common() {
        return COMMON.toArray(String[]::new);
    }

    private static List<String> burst(JnovaProcesses p, String prefix, int count) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = prefix + "-" + i;
                sent.add(pool.submit(() -> ids.add(p.createServer(name))));
            }
            for (Future<?> f : sent) {
                f.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return ids;
    }

    /** Waits until every server is ACTIVE, or in ERROR with its fault; fails naming those still in BUILD. */
    private static Map<String, Map<String, Object>> settle(JnovaProcesses p, List<String> ids) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        while (true) {
            List<String> pending = new ArrayList<>();
            for (String id : ids) {
                Map<String, Object> s = out.containsKey(id) ? out.get(id) : show(p, id);
                boolean settled = s.get("OS-EXT-STS:task_state") == null && ("ACTIVE".equals(s.get("status"))
                        || "ERROR".equals(s.get("status")) && fault(s) != null);
                if (settled) {
                    out.put(id, s);
                } else {
                    pending.add(id + "=" + s.get("status") + "/" + s.get("OS-EXT-STS:task_state"));
                }
            }
            if (pending.isEmpty()) {
                return out;
            }
            assertThat(System.nanoTime()).as("servers still building: %s", pending).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static void deleteAll(JnovaProcesses p, PlacementLedger ledger, List<String> ids) throws Exception {
        for (String id : ids) {
            p.deleteServer(id);
        }
        for (String id : ids) {
            await(() -> p.isGone(id), Duration.ofSeconds(90), "server " + id + " deleted");
        }
        await(() -> ledger.consumers() == 0, Duration.ofSeconds(30), "every allocation released");
    }

    private static void awaitNoProblems(PlacementLedger ledger) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> problems = ledger.problems();
        while (!problems.isEmpty()) {
            assertThat(System.nanoTime()).as("placement still differs from the instances: %s", problems)
                    .isLessThan(deadline);
            Thread.sleep(1000);
            problems = ledger.problems();
        }
    }

    @SuppressWarnings("unchecked")
    private static void awaitHypervisors(JnovaProcesses p, int count) throws Exception {
        await(() -> ((List<Object>) p.get("/os-hypervisors").get("hypervisors")).size() >= count,
                Duration.ofSeconds(60), count + " hypervisors");
        Thread.sleep(1500); // the schedulers read the nodes once a second
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> show(JnovaProcesses p, String id) throws Exception {
        return (Map<String, Object>) p.get("/servers/" + id).get("server");
    }

    private static String fault(Map<String, Object> server) {
        return server.get("fault") instanceof Map<?, ?> f ? (String) f.get("message") : null;
    }

    /** A condition polled until it holds. */
    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition c, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!c.holds()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** Runs one statement as the database administrator; false if the server is not reachable. */
    private static boolean admin(String jdbcUrl, String user, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
            return true;
        } catch (SQLException e) {
            if (sql.startsWith("DROP")) {
                throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
            }
            return false;
        }
    }
}
