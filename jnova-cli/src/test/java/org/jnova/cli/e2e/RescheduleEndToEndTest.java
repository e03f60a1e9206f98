package org.jnova.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jnova.cli.bench.EmbeddedCloud;
import org.jnova.cli.server.ComputeApiClient;
import org.jnova.cli.server.ServiceCommand;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.conductor.scheduler.FilterScheduler;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A failed spawn is rescheduled as Nova does it: the all-in-one plus a second compute, "flaky", whose
 * fake driver fails every spawn and which reports the most free RAM, so the scheduler picks it first.
 * The build comes back to the conductor with the alternates and ends ACTIVE on the other host.
 */
class RescheduleEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Path state;
    private EmbeddedCloud cloud;
    private ComputeApiClient api;
    private TestingServers servers;

    @BeforeEach
    void start() throws Exception {
        Path plugins = TestingServers.builtPlugins("jnova-transport-fake.zip", "jnova-hypervisor-fake.zip");
        state = Files.createTempDirectory("jnova-resched-");
        ConfigOpts config = EmbeddedCloud.embeddedConfig(List.of(), state, EmbeddedCloud.freePort());
        cloud = EmbeddedCloud.start(config, plugins);
        api = new ComputeApiClient(cloud.apiUrl());
        servers = new TestingServers(api, WAIT, 50);
    }

    @AfterEach
    void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        TestingServers.deleteTree(state);
    }

    private void startFlakyCompute() throws Exception {
        ConfigOpts flaky = cloud.computeConfig("flaky");
        flaky.set("fake_driver", "memory_mb", "8000000");
        flaky.set("fake_driver", "fail_operations", "spawn");
        // report failed_builds every second, so the scheduler learns about them quickly
        flaky.set("DEFAULT", "update_resources_interval", "1");
        flaky.set("DEFAULT", "periodic_fuzzy_delay", "0");
        cloud.startCompute(flaky);
        String goodHost = cloud.environment().config().string(NovaOptions.HOST);
        waitForComputes(goodHost, "flaky");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpawnFailureIsRescheduledToTheAlternateHostAndEndsActiveThere() throws Exception {
        startFlakyCompute();
        String goodHost = cloud.environment().config().string(NovaOptions.HOST);

        String id = servers.create("resched", Map.of());
        Map<String, Object> active = servers.waitForStatus(id, "ACTIVE");

        assertThat(active.get("OS-EXT-SRV-ATTR:host")).isEqualTo(goodHost);
        assertThat(active).doesNotContainKey("fault");
        // one build per host: the failed one on flaky, then the one that succeeded
        assertThat(buildResults(id)).as("one build per host tried").hasSize(2);
    }

    @Test
    void onceFlakyReportsItsFailedBuildsTheSchedulerSendsBuildsElsewhereFirst() throws Exception {
        startFlakyCompute();
        String goodHost = cloud.environment().config().string(NovaOptions.HOST);
        String first = servers.create("resched-1", Map.of());
        servers.waitForStatus(first, "ACTIVE");
        assertThat(buildResults(first)).as("one build per host tried").hasSize(2);

        // flaky has the most free RAM, so only the build-failure weigher can send a build past it
        long deadline = System.nanoTime() + WAIT.toNanos();
        int n = 2;
        while (true) {
            String id = servers.create("resched-" + n++, Map.of());
            servers.waitForStatus(id, "ACTIVE");
            if (buildResults(id).size() == 1) {
                break;
            }
            assertThat(System.nanoTime()).as("a build placed on %s first", goodHost).isLessThan(deadline);
        }
        String next = servers.create("resched-next", Map.of());
        servers.waitForStatus(next, "ACTIVE");
        assertThat(buildResults(next)).as("built on the first host tried").hasSize(1);
    }

    /**
     * The results of the server's build events, one per host tried (a rescheduled build's event ends in
     * Success too, as in Nova). Events name their host only from microversion 2.62, beyond jnova's 2.37, so
     * the host a server ended on is read from its OS-EXT-SRV-ATTR:host.
     */
    @SuppressWarnings("unchecked")
    private List<Object> buildResults(String id) {
        List<Map<String, Object>> actions = (List<Map<String, Object>>) api
                .get("/servers/" + id + "/os-instance-actions").get("instanceActions");
        assertThat(actions).extracting(a -> a.get("action")).containsExactly("create");
        String requestId = (String) actions.get(0).get("request_id");
        Map<String, Object> create = (Map<String, Object>) api
                .get("/servers/" + id + "/os-instance-actions/" + requestId).get("instanceAction");
        return ((List<Map<String, Object>>) create.get("events")).stream()
                .filter(e -> "compute__do_build_and_run_instance".equals(e.get("event")))
                .map(e -> e.get("result")).toList();
    }

    @Test
    void withTheAlternatesUsedUpTheServerEndsInErrorWithTheConductorsFault() throws Exception {
        startFlakyCompute();
        // the only other host is disabled: the scheduler offers no alternate to reschedule to
        String goodHost = cloud.environment().config().string(NovaOptions.HOST);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine service = new CommandLine(new ServiceCommand()).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err));
        assertThat(service.execute("set", "--disable", "--disable-reason", "maintenance", goodHost, "nova-compute",
                "--os-compute-url", cloud.apiUrl(), "-f", "json")).as("stderr: %s", err).isZero();
        assertThat(PyJson.loads(out.toString().trim())).isEqualTo(Map.of("host", goodHost, "binary", "nova-compute",
                "status", "disabled", "disabled_reason", "maintenance"));
        assertThat(service.execute("set", "--disable", "nowhere", "nova-compute", "--os-compute-url", cloud.apiUrl()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Could not find binary nova-compute on host nowhere.");
        // the scheduler reuses a database read for up to its refresh interval
        Thread.sleep(FilterScheduler.DEFAULT_REFRESH.toMillis() + 200);

        String id = servers.create("no-alternate", Map.of());
        Map<String, Object> failed = servers.waitForStatus(id, "ERROR");

        assertThat(failed.get("OS-EXT-SRV-ATTR:host")).isNull();
        assertThat(String.valueOf(failed.get("fault")))
                .contains("Exhausted all hosts available for retrying build failures for instance " + id);
    }

    @SuppressWarnings("unchecked")
    private void waitForComputes(String... hosts) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<Map<String, Object>> services = (List<Map<String, Object>>) api.get("/os-services").get("services");
            List<Object> up = services.stream()
                    .filter(s -> "nova-compute".equals(s.get("binary")) && "up".equals(s.get("state")))
                    .map(s -> s.get("host")).toList();
            if (up.containsAll(List.of(hosts))) {
                return;
            }
            assertThat(System.nanoTime()).as("computes %s up, services %s", List.of(hosts), services)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
