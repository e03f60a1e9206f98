package org.jnova.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jnova.cli.bench.EmbeddedCloud;
import org.jnova.cli.e2e.TestingServers;
import org.jnova.cli.server.ComputeApiClient;
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
    private TestingServers servers;
    private Connect hypervisor;

    @BeforeAll
    void startCloud() throws Exception {
        Path plugins = TestingServers.builtPlugins("jnova-transport-fake.zip", "jnova-hypervisor-libvirt.zip");
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
        servers = new TestingServers(api, WAIT, 100);
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
        TestingServers.deleteTree(state);
    }

    private DomainInfo.DomainState domainState(String id) throws Exception {
        Domain domain = hypervisor.domainLookupByUUIDString(id);
        try {
            return domain.getInfo().state;
        } finally {
            domain.free();
        }
    }

    @Test
    @Order(1)
    void aServerGoesThroughItsWholeLifecycleOnLibvirt() throws Exception {
        String id = servers.create("libvirt-life", Map.of());

        Map<String, Object> active = servers.waitForStatus(id, "ACTIVE");
        assertThat(active).containsEntry("OS-EXT-STS:power_state", 1L);
        Domain domain = hypervisor.domainLookupByUUIDString(id);
        assertThat(domain.getName()).matches("instance-[0-9a-f]{8}");
        assertThat(domain.getXMLDesc(0)).contains("http://openstack.org/xmlns/libvirt/nova/1.1");
        domain.free();
        assertThat(domainState(id)).isEqualTo(DomainInfo.DomainState.VIR_DOMAIN_RUNNING);

        servers.action(id, Collections.singletonMap("os-stop", null));
        assertThat(servers.waitForStatus(id, "SHUTOFF")).containsEntry("OS-EXT-STS:power_state", 4L);
        assertThat(domainState(id)).isEqualTo(DomainInfo.DomainState.VIR_DOMAIN_SHUTOFF);
        servers.action(id, Collections.singletonMap("os-start", null));
        assertThat(servers.waitForStatus(id, "ACTIVE")).containsEntry("OS-EXT-STS:power_state", 1L);
        servers.action(id, Map.of("reboot", Map.of("type", "SOFT")));
        servers.waitForStatus(id, "ACTIVE");
        servers.action(id, Map.of("reboot", Map.of("type", "HARD")));
        servers.waitForStatus(id, "ACTIVE");
        servers.action(id, Collections.singletonMap("pause", null));
        assertThat(servers.waitForStatus(id, "PAUSED")).containsEntry("OS-EXT-STS:power_state", 3L);
        assertThat(domainState(id)).isEqualTo(DomainInfo.DomainState.VIR_DOMAIN_PAUSED);
        servers.action(id, Collections.singletonMap("unpause", null));
        servers.waitForStatus(id, "ACTIVE");
        servers.action(id, Collections.singletonMap("suspend", null));
        // a managed save leaves the domain off: Nova's power_state reads SHUTDOWN while vm_state is suspended
        assertThat(servers.waitForStatus(id, "SUSPENDED")).containsEntry("OS-EXT-STS:power_state", 4L);
        servers.action(id, Collections.singletonMap("resume", null));
        assertThat(servers.waitForStatus(id, "ACTIVE")).containsEntry("OS-EXT-STS:power_state", 1L);
        assertThat(domainState(id)).isEqualTo(DomainInfo.DomainState.VIR_DOMAIN_RUNNING);

        api.delete("/servers/" + id);
        servers.waitForDeleted(id);
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
        String id = servers.create("libvirt-behind", Map.of());
        servers.waitForStatus(id, "ACTIVE");

        Domain domain = hypervisor.domainLookupByUUIDString(id);
        domain.destroy();
        domain.free();

        Map<String, Object> stopped = servers.waitForStatus(id, "SHUTOFF");
        assertThat(stopped).containsEntry("OS-EXT-STS:power_state", 4L);
        api.delete("/servers/" + id);
        servers.waitForDeleted(id);
    }
}
