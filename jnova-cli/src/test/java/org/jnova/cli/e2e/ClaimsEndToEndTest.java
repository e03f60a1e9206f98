package org.jnova.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.jnova.cli.JnovaCommand;
import org.jnova.cli.bench.EmbeddedCloud;
import org.jnova.cli.server.ComputeApiClient;
import org.jnova.common.config.ConfigOpts;
import org.jnova.domain.wire.PyJson;
import org.jnova.ports.placement.RealPlacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A burst of concurrent boots larger than the cloud through the all-in-one with {@code [conductor] workers
 * = 4} and small fake computes: the servers that fit end ACTIVE and fill each host exactly, the others end
 * in ERROR with NoValidHost, none stays in BUILD; the hypervisor views show the use, and deleting every
 * server gives it all back. Once on the embedded placement, once on Debian's real placement-api.
 */
class ClaimsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Hosts and how many m1.tiny (512 MB) they hold: memory_mb × 1.5 / 512. */
    private static final Map<String, Integer> CAPACITY = Map.of("aio", 3, "small2", 3, "small3", 6);
    private static final Map<String, Integer> MEMORY_MB = Map.of("aio", 1024, "small2", 1024, "small3", 2048);

    private Path state;
    private EmbeddedCloud cloud;
    private ComputeApiClient api;
    private TestingServers servers;
    private RealPlacement placement;

    @AfterEach
    void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        if (placement != null) {
            placement.close();
        }
        TestingServers.deleteTree(state);
    }

    @Test
    void onTheEmbeddedPlacementABurstFillsTheHostsExactly() throws Exception {
        start(List.of());
        burst(20);
    }

    @Test
    void onAnOpenStackPlacementABurstFillsTheHostsExactly() throws Exception {
        placement = RealPlacement.start(RealPlacement.repositoryRoot());
        start(List.of("[scheduler]", "placement_driver = openstack", "[placement]", "auth_type = admin_token",
                "token = admin", "endpoint_override = " + placement.url()));
        burst(16);
        assertThat(placementMemoryUsed()).as("what the real Placement holds after the deletes").isZero();
    }

    private void start(List<String> extraConfig) throws Exception {
        Path plugins = TestingServers.builtPlugins("jnova-transport-fake.zip", "jnova-hypervisor-fake.zip",
                "jnova-placement-openstack.zip");
        state = Files.createTempDirectory("jnova-claims-");
        List<String> lines = new ArrayList<>(List.of("[DEFAULT]", "host = aio", "update_resources_interval = 1",
                "periodic_fuzzy_delay = 0", "[conductor]", "workers = 4", "[fake_driver]",
                "memory_mb = " + MEMORY_MB.get("aio"), "vcpus = 8", "local_gb = 100"));
        lines.addAll(extraConfig);
        Path conf = state.resolve("nova.conf");
        Files.write(conf, lines);
        ConfigOpts config = EmbeddedCloud.embeddedConfig(List.of(conf), state.resolve("state"), EmbeddedCloud.freePort());
        cloud = EmbeddedCloud.start(config, plugins);
        for (String host : List.of("small2", "small3")) {
            ConfigOpts c = cloud.computeConfig(host);
            c.load(List.of(conf), null);
            c.set("DEFAULT", "host", host);
            c.set("fake_driver", "memory_mb", String.valueOf(MEMORY_MB.get(host)));
            cloud.startCompute(c);
        }
        api = new ComputeApiClient(cloud.apiUrl());
        servers = new TestingServers(api, WAIT, 100);
        awaitHypervisors(CAPACITY.size());
    }

    /** Boots {@code count} servers at once (more than fit), checks the outcome, then deletes them all. */
    @SuppressWarnings("unchecked")
    private void burst(int count) throws Exception {
        int fit = CAPACITY.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(count).isGreaterThan(fit);
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                created.add(pool.submit(() -> ids.add(servers.create("burst-" + n, Map.of()))));
            }
            for (Future<?> f : created) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> active = new LinkedHashMap<>();
        int errors = 0;
        for (String id : ids) {
            // an ERROR server's fault is written just after its state, as Nova writes them
            Map<String, Object> s = servers.waitFor(id, v -> v.get("OS-EXT-STS:task_state") == null
                    && ("ACTIVE".equals(v.get("status")) || "ERROR".equals(v.get("status")) && v.get("fault") != null));
            if ("ACTIVE".equals(s.get("status"))) {
                active.merge((String) s.get("OS-EXT-SRV-ATTR:host"), 1, Integer::sum);
            } else {
                errors++;
                assertThat(((Map<String, Object>) s.get("fault")).get("message"))
                        .isEqualTo("No valid host was found. There are not enough hosts available.");
            }
        }
        assertThat(active).as("ACTIVE servers per host").isEqualTo(CAPACITY);
        assertThat(errors).isEqualTo(count - fit);

        // the compute's resource tracker reports the use; the views show it, and the CLI prints them
        awaitUsedMemory(fit * 512L);
        Map<String, Object> stats = (Map<String, Object>) api.get("/os-hypervisors/statistics")
                .get("hypervisor_statistics");
        assertThat(stats).containsEntry("count", (long) CAPACITY.size()).containsEntry("vcpus_used", (long) fit)
                .containsEntry("running_vms", (long) fit);
        String listed = cli("hypervisor", "list", "--long", "-f", "json", "--os-compute-url", cloud.apiUrl());
        assertThat(listed).contains("\"Hypervisor Hostname\": \"small3\"").contains("\"Memory MB Used\": 3072");

        for (String id : ids) {
            api.delete("/servers/" + id);
        }
        for (String id : ids) {
            servers.waitForDeleted(id);
        }
        awaitUsedMemory(0);
    }

    @SuppressWarnings("unchecked")
    private void awaitHypervisors(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (((List<Object>) api.get("/os-hypervisors").get("hypervisors")).size() < count) {
            assertThat(System.nanoTime()).as("%d hypervisors reported", count).isLessThan(deadline);
            Thread.sleep(200);
        }
        Thread.sleep(1500); // the scheduler reads nodes and services once a second
    }

    @SuppressWarnings("unchecked")
    private void awaitUsedMemory(long mb) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long used = -1;
        while (used != mb) {
            assertThat(System.nanoTime()).as("memory_mb_used %d, want %d", used, mb).isLessThan(deadline);
            Thread.sleep(200);
            used = ((Number) ((Map<String, Object>) api.get("/os-hypervisors/statistics")
                    .get("hypervisor_statistics")).get("memory_mb_used")).longValue();
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new JnovaCommand());
        cmd.setOut(new PrintWriter(out));
        int rc = cmd.execute(args);
        assertThat(rc).as("jnova %s: %s", String.join(" ", args), out).isZero();
        return out.toString();
    }

    /** MEMORY_MB allocated on every provider of the real Placement. */
    @SuppressWarnings("unchecked")
    private long placementMemoryUsed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long used = 0;
        for (Object rp : (List<Object>) get(http, "/resource_providers").get("resource_providers")) {
            String uuid = (String) ((Map<String, Object>) rp).get("uuid");
            Map<String, Object> usages = (Map<String, Object>) get(http, "/resource_providers/" + uuid + "/usages")
                    .get("usages");
            used += ((Number) usages.getOrDefault("MEMORY_MB", 0L)).longValue();
        }
        return used;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(HttpClient http, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(placement.url() + path))
                .header("X-Auth-Token", "admin").header("OpenStack-API-Version", "placement 1.14").build(),
                HttpResponse.BodyHandlers.ofString());
        return (Map<String, Object>) PyJson.loads(r.body());
    }
}
