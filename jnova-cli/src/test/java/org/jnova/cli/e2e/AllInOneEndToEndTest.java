package org.jnova.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jnova.cli.bench.EmbeddedCloud;
import org.jnova.cli.server.ComputeApiClient;
import org.jnova.cli.server.ComputeApiException;
import org.jnova.cli.server.ServerCommand;
import org.jnova.common.config.ConfigOpts;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * The whole control plane in one JVM (conductor, compute, API over fake://, FakeDriver, H2), driven over
 * HTTP as a user would. The plugins come from the real ZIPs in {@code <jnova.root>/plugins}; the adapter
 * jars are kept off the test classpath (surefire classpathDependencyExcludes) so PF4J loads them only there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllInOneEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Path state;
    private EmbeddedCloud cloud;
    private ComputeApiClient api;
    private TestingServers servers;

    @BeforeAll
    void startCloud() throws Exception {
        Path plugins = TestingServers.builtPlugins("jnova-transport-fake.zip", "jnova-hypervisor-fake.zip");
        state = Files.createTempDirectory("jnova-e2e-");
        ConfigOpts config = EmbeddedCloud.embeddedConfig(List.of(), state, EmbeddedCloud.freePort());
        config.set("DEFAULT", "report_interval", "1");
        config.set("DEFAULT", "service_down_time", "3");
        config.set("DEFAULT", "periodic_fuzzy_delay", "0");
        cloud = EmbeddedCloud.start(config, plugins);
        api = new ComputeApiClient(cloud.apiUrl());
        servers = new TestingServers(api, WAIT, 50);
        waitForFirstReports();
    }

    /**
     * Services report state first 5 s after start (Nova's INITIAL_REPORTING_DELAY); with
     * service_down_time=3 they look down in between, and the scheduler would find no host. Wait until
     * both services have reported once (updated_at moved) and are up.
     */
    private void waitForFirstReports() throws InterruptedException {
        Map<Object, Object> firstSeen = new java.util.HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Map<String, Object>> services = services();
            services.forEach(s -> firstSeen.putIfAbsent(s.get("binary"), s.get("updated_at")));
            boolean ready = Stream.of("nova-conductor", "nova-compute").allMatch(binary -> services.stream()
                    .anyMatch(s -> binary.equals(s.get("binary")) && "up".equals(s.get("state"))
                            && !java.util.Objects.equals(firstSeen.get(binary), s.get("updated_at"))));
            if (ready) {
                return;
            }
            assertThat(System.nanoTime()).as("services never reported up: %s", services).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    void stopCloud() throws IOException {
        if (cloud != null) {
            cloud.close();
        }
        TestingServers.deleteTree(state);
    }


    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> services() {
        return (List<Map<String, Object>>) api.get("/os-services").get("services");
    }

    private static Map<String, Object> nullArg(String action) {
        return Collections.singletonMap(action, null);
    }

    // -- scenarios -------------------------------------------------------------------------------

    @Test
    @Order(1)
    void servicesAreListedUp() {
        assertThat(services()).anySatisfy(s -> assertThat(s).containsEntry("binary", "nova-conductor")
                .containsEntry("zone", "internal").containsEntry("state", "up").containsEntry("status", "enabled"));
        assertThat(services()).anySatisfy(s -> assertThat(s).containsEntry("binary", "nova-compute")
                .containsEntry("zone", "nova").containsEntry("state", "up"));
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void aServerGoesThroughItsWholeLifecycle() throws Exception {
        String id = servers.create("e2e-life", Map.of());

        Map<String, Object> active = servers.waitForStatus(id, "ACTIVE");
        assertThat(active).containsEntry("OS-EXT-STS:power_state", 1L).containsEntry("OS-EXT-STS:vm_state", "active");
        assertThat((String) active.get("OS-EXT-SRV-ATTR:host")).isNotBlank();
        assertThat(active.get("OS-SRV-USG:launched_at")).isNotNull();

        servers.action(id, nullArg("os-stop"));
        assertThat(servers.waitForStatus(id, "SHUTOFF")).containsEntry("OS-EXT-STS:power_state", 4L);
        servers.action(id, nullArg("os-start"));
        assertThat(servers.waitForStatus(id, "ACTIVE")).containsEntry("OS-EXT-STS:power_state", 1L);
        servers.action(id, Map.of("reboot", Map.of("type", "SOFT")));
        servers.waitForStatus(id, "ACTIVE");
        servers.action(id, Map.of("reboot", Map.of("type", "HARD")));
        servers.waitForStatus(id, "ACTIVE");
        servers.action(id, nullArg("pause"));
        servers.waitForStatus(id, "PAUSED");
        servers.action(id, nullArg("unpause"));
        servers.waitForStatus(id, "ACTIVE");
        servers.action(id, nullArg("suspend"));
        servers.waitForStatus(id, "SUSPENDED");
        servers.action(id, nullArg("resume"));
        assertThat(servers.waitForStatus(id, "ACTIVE")).containsEntry("OS-EXT-STS:power_state", 1L);

        List<Map<String, Object>> actions = (List<Map<String, Object>>) api
                .get("/servers/" + id + "/os-instance-actions").get("instanceActions");
        assertThat(actions).extracting(a -> a.get("action"))
                .contains("create", "stop", "start", "reboot", "pause", "unpause", "suspend", "resume");
        Map<String, Object> stop = actions.stream().filter(a -> "stop".equals(a.get("action"))).findFirst().orElseThrow();
        Map<String, Object> shown = (Map<String, Object>) api.get("/servers/" + id + "/os-instance-actions/"
                + stop.get("request_id")).get("instanceAction");
        assertThat(shown).containsEntry("instance_uuid", id).containsEntry("action", "stop");
        assertThat((List<Map<String, Object>>) shown.get("events")).anySatisfy(e -> assertThat(e)
                .containsEntry("event", "compute_stop_instance").containsEntry("result", "Success"));

        api.delete("/servers/" + id);
        servers.waitForDeleted(id);
    }

    @Test
    @Order(3)
    void badRequestsGetNovasErrors() throws Exception {
        assertThatThrownBy(() -> servers.show("00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(ComputeApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> api.post("/servers", Map.of("server", Map.of("name", "no-flavor"))))
                .isInstanceOfSatisfying(ComputeApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("flavorRef");
                });
        java.net.http.HttpResponse<String> malformed = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(cloud.apiUrl() + "/servers"))
                        .header("X-Auth-Token", ComputeApiClient.NOAUTH_ADMIN_TOKEN).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"server\": {")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"badRequest\"");

        String id = servers.create("e2e-conflict", Map.of());
        servers.waitForStatus(id, "ACTIVE");
        assertThatThrownBy(() -> servers.action(id, nullArg("os-start")))
                .isInstanceOfSatisfying(ComputeApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo("Cannot 'start' instance " + id
                            + " while it is in vm_state active");
                });
        api.delete("/servers/" + id);
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void aFailingDriverCallLeavesTheServerActiveWithTheErrorRecorded() throws Exception {
        String id = servers.create("e2e-fail", Map.of("fake_fail", "power_off"));
        servers.waitForStatus(id, "ACTIVE");

        servers.action(id, nullArg("os-stop"));

        Map<String, Object> after = servers.waitFor(id, s -> s.get("OS-EXT-STS:task_state") == null);
        assertThat(after).containsEntry("status", "ACTIVE").containsEntry("OS-EXT-STS:power_state", 1L);
        List<Map<String, Object>> actions = (List<Map<String, Object>>) api
                .get("/servers/" + id + "/os-instance-actions").get("instanceActions");
        Map<String, Object> stop = actions.stream().filter(a -> "stop".equals(a.get("action"))).findFirst().orElseThrow();
        Map<String, Object> shown = (Map<String, Object>) api.get("/servers/" + id + "/os-instance-actions/"
                + stop.get("request_id")).get("instanceAction");
        boolean eventFailed = ((List<Map<String, Object>>) shown.get("events")).stream()
                .anyMatch(e -> "compute_stop_instance".equals(e.get("event")) && "Error".equals(e.get("result")));
        assertThat(eventFailed || after.containsKey("fault"))
                .as("the failed stop shows as an Error event or a fault: action %s, server %s", shown, after).isTrue();
    }

    @Test
    @Order(5)
    void theCliDrivesTheApi() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine server = new CommandLine(new ServerCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

        int created = server.execute("create", "cli-vm", "--flavor", "1", "--image", "cirros", "--wait",
                "--os-compute-url", cloud.apiUrl(), "-f", "json");
        assertThat(created).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("\"status\": \"ACTIVE\"");
        String id = (String) ((Map<?, ?>) PyJson.loads(out.toString().trim())).get("id");

        // by name, as openstackclient allows
        assertThat(server.execute("stop", "cli-vm", "--wait", "--os-compute-url", cloud.apiUrl())).as("stderr: %s", err).isZero();
        out.getBuffer().setLength(0);
        assertThat(server.execute("list", "--os-compute-url", cloud.apiUrl())).isZero();
        assertThat(out.toString()).contains(id).contains("SHUTOFF").startsWith("+--");

        assertThat(server.execute("stop", id, "--os-compute-url", cloud.apiUrl())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot 'stop' instance " + id + " while it is in vm_state stopped");
        String twin = servers.create("cli-vm", Map.of());
        assertThat(server.execute("show", "cli-vm", "--os-compute-url", cloud.apiUrl())).isEqualTo(1);
        assertThat(err.toString()).contains("More than one server exists with the name 'cli-vm'").contains(id).contains(twin);
        assertThat(server.execute("delete", twin, "--wait", "--os-compute-url", cloud.apiUrl())).isZero();
        out.getBuffer().setLength(0);
        assertThat(server.execute("show", "cli-vm", "-f", "json", "--os-compute-url", cloud.apiUrl())).isZero();
        assertThat(PyJson.loads(out.toString().trim())).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("id", id);

        assertThat(server.execute("delete", "cli-vm", "--wait", "--os-compute-url", cloud.apiUrl())).isZero();
        assertThat(server.execute("show", id, "--os-compute-url", cloud.apiUrl())).isEqualTo(1);
        assertThat(err.toString()).contains("No server with a name or ID of '" + id + "' exists.");
    }

    @Test
    @Order(100)
    void aStoppedComputeIsReportedDownAfterServiceDownTime() throws Exception {
        cloud.stopCompute();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            boolean down = services().stream().anyMatch(s -> "nova-compute".equals(s.get("binary"))
                    && "down".equals(s.get("state")));
            if (down) {
                break;
            }
            assertThat(System.nanoTime()).as("nova-compute still up: %s", services()).isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(services()).anySatisfy(s -> assertThat(s).containsEntry("binary", "nova-conductor")
                .containsEntry("state", "up"));
    }
}
