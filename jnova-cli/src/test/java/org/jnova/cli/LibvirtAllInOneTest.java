package org.jnova.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jnova.cli.bench.EmbeddedCloud;
import org.jnova.cli.server.ComputeApiClient;
import org.jnova.cli.server.ComputeApiException;
import org.jnova.common.config.ConfigOpts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;

/**
 * The all-in-one with {@code compute_driver = libvirt.LibvirtDriver} on libvirt's in-process test driver
 * ({@code test:///default}), driven over HTTP. The plugin comes from its real ZIP; this test opens its own
 * libvirt-java connection to the same in-process hypervisor to see the domains and to stop one behind
 * jnova's back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LibvirtAllInOneTest {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final List<Path> LIBVIRT_SO = List.of(Path.of("/usr/lib/x86_64-linux-gnu/libvirt.so.0"),
            Path.of("/usr/lib/aarch64-linux-gnu/libvirt.so.0"), Path.of("/usr/lib64/libvirt.so.0"),
            Path.of("/usr/lib/libvirt.so.0"));

    private Path state;
    private EmbeddedCloud cloud;
    private ComputeApiClient api;
    private Connect hypervisor;

    @BeforeAll
    void startCloud() throws Exception {
        Path plugins = Path.of(System.getProperty("jnova.root", "..")).resolve("plugins");
        Assumptions.assumeTrue(Files.exists(plugins.resolve("jnova-transport-fake.zip"))
                        && Files.exists(plugins.resolve("jnova-hypervisor-libvirt.zip")),
                "skipped: the fake transport and libvirt plugin ZIPs are not in " + plugins.toAbsolutePath()
                        + " (they are built by the adapters' package phase: run `mvn -B verify` from the root)");
        Assumptions.assumeTrue(LIBVIRT_SO.stream().anyMatch(Files::exists),
                "skipped: native libvirt0 is not installed (apt-get install libvirt0), looked for " + LIBVIRT_SO);
        state = Files.createTempDirectory("jnova-libvirt-e2e-");
        Path conf = state.resolve("nova.conf");
        Files.writeString(conf, String.join("\n",
                "[DEFAULT]",
                "compute_driver = libvirt.LibvirtDriver",
                "report_interval = 1",
                "periodic_fuzzy_delay = 0",
                "sync_power_state_interval = 1",
                "shutdown_timeout = 5",
                "[libvirt]",
                "connection_uri = test:///default",
                "wait_soft_reboot_seconds = 5",
                ""));
        ConfigOpts config = EmbeddedCloud.embeddedConfig(List.of(conf), state, EmbeddedCloud.freePort());
        cloud = EmbeddedCloud.start(config, plugins);
        api = new ComputeApiClient(cloud.apiUrl());
        hypervisor = new Connect("test:///default");
    }

    @AfterAll
    void stopCloud() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        if (hypervisor != null) {
            hypervisor.close();
        }
        if (state != null) {
            try (Stream<Path> paths = Files.walk(state)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> show(String id) {
        return (Map<String, Object>) api.get("/servers/" + id).get("server");
    }

    private Map<String, Object> waitFor(String id, Predicate<Map<String, Object>> done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Map<String, Object> server = show(id);
        while (!done.test(server)) {
            assertThat(System.nanoTime()).as("waiting for server %s, last seen %s", id, server).isLessThan(deadline);
            Thread.sleep(100);
            server = show(id);
        }
        return server;
    }

    private Map<String, Object> waitForStatus(String id, String status) throws InterruptedException {
        return waitFor(id, s -> status.equals(s.get("status")) && s.get("OS-EXT-STS:task_state") == null);
    }

    @SuppressWarnings("unchecked")
    private String create(String name) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("name", name);
        server.put("flavorRef", "1");
        server.put("imageRef", "cirros");
        return (String) ((Map<String, Object>) api.post("/servers", Map.of("server", server)).get("server")).get("id");
    }

    private void action(String id, Object body) {
        api.post("/servers/" + id + "/action", body);
    }

    private DomainInfo.DomainState domainState(String id) throws Exception {
        Domain domain = hypervisor.domainLookupByUUIDString(id);
        try {
            return domain.getInfo().state;
        } finally {
            domain.free();
        }
    }

    private void awaitDeleted(String id) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                show(id);
            } catch (ComputeApiException e) {
                assertThat(e.status()).isEqualTo(404);
                return;
            }
            assertThat(System.nanoTime()).as("server %s still exists", id).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    @Order(1)
    void aServerGoesThroughItsWholeLifecycleOnLibvirt() throws Exception {
        String id = create("libvirt-life");

        Map<String, Object> active = waitForStatus(id, "ACTIVE");
        assertThat(active).containsEntry("OS-EXT-STS:power_state", 1L);
        Domain domain = hypervisor.domainLookupByUUIDString(id);
        assertThat(domain.getName()).matches("instance-[0-9a-f]{8}");
        assertThat(domain.getXMLDesc(0)).contains("http://openstack.org/xmlns/libvirt/nova/1.1");
        domain.free();
        assertThat(domainState(id)).isEqualTo(DomainInfo.DomainState.VIR_DOMAIN_RUNNING);

        action(id, Collections.singletonMap("os-stop", null));
        assertThat(waitForStatus(id, "SHUTOFF")).containsEntry("OS-EXT-STS:power_state", 4L);
        assertThat(domainState(id)).isEqualTo(DomainInfo.DomainState.VIR_DOMAIN_SHUTOFF);
        action(id, Collections.singletonMap("os-start", null));
        assertThat(waitForStatus(id, "ACTIVE")).containsEntry("OS-EXT-STS:power_state", 1L);
        action(id, Map.of("reboot", Map.of("type", "SOFT")));
        waitForStatus(id, "ACTIVE");
        action(id, Map.of("reboot", Map.of("type", "HARD")));
        waitForStatus(id, "ACTIVE");
        action(id, Collections.singletonMap("pause", null));
        assertThat(waitForStatus(id, "PAUSED")).containsEntry("OS-EXT-STS:power_state", 3L);
        assertThat(domainState(id)).isEqualTo(DomainInfo.DomainState.VIR_DOMAIN_PAUSED);
        action(id, Collections.singletonMap("unpause", null));
        waitForStatus(id, "ACTIVE");
        action(id, Collections.singletonMap("suspend", null));
        // a managed save leaves the domain off: Nova's power_state reads SHUTDOWN while vm_state is suspended
        assertThat(waitForStatus(id, "SUSPENDED")).containsEntry("OS-EXT-STS:power_state", 4L);
        action(id, Collections.singletonMap("resume", null));
        assertThat(waitForStatus(id, "ACTIVE")).containsEntry("OS-EXT-STS:power_state", 1L);
        assertThat(domainState(id)).isEqualTo(DomainInfo.DomainState.VIR_DOMAIN_RUNNING);

        api.delete("/servers/" + id);
        awaitDeleted(id);
        assertThat(hypervisor.listAllDomains(0)).noneMatch(d -> {
            try {
                return id.equals(d.getUUIDString());
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    @Order(2)
    void aGuestDestroyedBehindJnovasBackShowsAsShutoff() throws Exception {
        String id = create("libvirt-behind");
        waitForStatus(id, "ACTIVE");

        Domain domain = hypervisor.domainLookupByUUIDString(id);
        domain.destroy();
        domain.free();

        Map<String, Object> stopped = waitForStatus(id, "SHUTOFF");
        assertThat(stopped).containsEntry("OS-EXT-STS:power_state", 4L);
        api.delete("/servers/" + id);
        awaitDeleted(id);
    }
}
