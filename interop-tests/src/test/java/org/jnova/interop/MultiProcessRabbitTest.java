package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 3 §5: conductor, two computes and the API as separate JVMs on RabbitMQ (vhost jnova_mp) and
 * PostgreSQL. Servers land on both computes; a stopped compute turns down after service_down_time and the
 * scheduler stops choosing it; when the broker drops every connection mid-run (rabbitmqctl
 * close_connection, which the services see as a broker failure without disturbing other users of the
 * shared broker) no accepted request is lost and every call ends.
 */
class MultiProcessRabbitTest {
    private static final String VHOST = System.getenv().getOrDefault("JNOVA_TEST_VHOST_PREFIX", "") + "jnova_mp";

    @Test
    void servicesAsSeparateProcessesScheduleFailOverAndSurviveABrokerDrop() throws Exception {
        PythonPeer.assumeAvailable();
        Path root = Path.of(System.getProperty("jnova.root", "..")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve("jnova-cli/target/lib"))
                        && Files.exists(root.resolve("plugins/jnova-transport-rabbit.zip")),
                "SKIPPED: bin/jnova is not built (run mvn package first) in " + root);
        String db = "jnova_mp_" + Long.toHexString(System.nanoTime());
        assumeTrue(run("psql", "-U", "postgres", "-h", "127.0.0.1", "-c", "CREATE DATABASE " + db).contains("CREATE"),
                "SKIPPED: PostgreSQL on 127.0.0.1:5432 (user postgres) is needed for processes to share a database");
        run("rabbitmqctl", "add_vhost", VHOST);
        run("rabbitmqctl", "set_permissions", "-p", VHOST, "guest", ".*", ".*", ".*");
        JnovaProcesses p = new JnovaProcesses(root, "rabbit://guest:guest@127.0.0.1:5672/" + VHOST,
                "postgresql://postgres@127.0.0.1/" + db);
        try (p) {
            p.start("conductor", "mp-cond");
            Thread.sleep(5000); // the conductor migrates the schema first
            p.start("compute", "mp-cmp1");
            p.start("compute", "mp-cmp2");
            p.start("api", "mp-api");
            p.awaitStates(Map.of("mp-cond", "up", "mp-cmp1", "up", "mp-cmp2", "up"), Duration.ofSeconds(90));
            // a compute is schedulable once it has reported its resources, a moment after its service record
            Thread.sleep(6000);

            List<String> first = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                first.add(p.createServer("mp-a" + i));
            }
            Map<String, String> hosts = p.awaitActive(first, Duration.ofSeconds(90));
            assertThat(hosts.values()).as("hosts of the first servers").contains("mp-cmp1", "mp-cmp2");

            p.stop("mp-cmp2");
            p.awaitStates(Map.of("mp-cmp2", "down", "mp-cmp1", "up"), Duration.ofSeconds(60));
            List<String> second = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                second.add(p.createServer("mp-b" + i));
            }
            assertThat(p.awaitActive(second, Duration.ofSeconds(90)).values()).containsOnly("mp-cmp1");

            int dropped = dropConnections();
            assertThat(dropped).as("connections the broker dropped").isGreaterThanOrEqualTo(6);
            List<String> third = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                third.add(p.createServer("mp-c" + i));
            }
            assertThat(p.awaitActive(third, Duration.ofSeconds(120)).values()).containsOnly("mp-cmp1");
            p.awaitStates(Map.of("mp-cond", "up", "mp-cmp1", "up"), Duration.ofSeconds(60));
        } catch (AssertionError | Exception e) {
            throw new AssertionError(e.getMessage() + "\n--- conductor log tail ---\n"
                    + JnovaProcesses.tail(p.log("mp-cond")) + "\n--- compute 1 log tail ---\n"
                    + JnovaProcesses.tail(p.log("mp-cmp1")) + "\n--- api log tail ---\n"
                    + JnovaProcesses.tail(p.log("mp-api")), e);
        } finally {
            run("psql", "-U", "postgres", "-h", "127.0.0.1", "-c", "DROP DATABASE IF EXISTS " + db);
        }
    }

    /** Closes, from the broker side, every connection in the test's vhost. */
    private static int dropConnections() {
        String out = run("rabbitmqctl", "list_connections", "pid", "vhost", "--no-table-headers", "-q");
        Matcher m = Pattern.compile("^(<[^>]+>)\\s+" + VHOST + "\\s*$", Pattern.MULTILINE).matcher(out);
        int n = 0;
        while (m.find()) {
            run("rabbitmqctl", "close_connection", m.group(1), "jnova multi-process test: broker failure");
            n++;
        }
        return n;
    }

    private static String run(String... cmd) {
        return JnovaProcesses.run(cmd);
    }
}
