package org.jnova.compute.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jnova.compute.ops.BuildFailures;
import org.jnova.compute.testing.ComputeFixture;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.rpc.RequestContext;
import org.junit.jupiter.api.Test;

class ResourceReporterTest {
    private final ComputeFixture f = new ComputeFixture();

    @Test
    void writesTheDriversTotalsTheTrackedInstancesUseWithDerivedFreeAmountsAndTheService() {
        f.guest(VmState.ACTIVE, null);
        f.guest(VmState.ACTIVE, null);
        BuildFailures failures = new BuildFailures();
        failures.failed(ComputeFixture.HOST);
        failures.failed(ComputeFixture.HOST);
        ResourceReporter reporter = new ResourceReporter(f.objects, f.driver, ComputeFixture.HOST, () -> 42L, failures,
                f.tracker, null);

        assertThat(reporter.updateAvailableResource(RequestContext.admin())).isEqualTo(1);

        Map<String, Object> node = f.objects.computeNodes.get(ComputeFixture.HOST);
        assertThat(node).containsEntry("host", ComputeFixture.HOST).containsEntry("service_id", 42L)
                .containsEntry("hypervisor_hostname", ComputeFixture.HOST).containsEntry("vcpus", 1000)
                .containsEntry("memory_mb", 800000).containsEntry("local_gb", 600000)
                .containsEntry("vcpus_used", 2L).containsEntry("memory_mb_used", 512L).containsEntry("local_gb_used", 2L)
                .containsEntry("free_ram_mb", 800000 - 512L).containsEntry("free_disk_gb", 600000 - 2L)
                .containsEntry("running_vms", 2).containsEntry("hypervisor_type", "fake")
                .containsEntry("hypervisor_version", 1000L).containsEntry("disk_available_least", 0);
        assertThat((String) node.get("cpu_info")).contains("x86_64");
        assertThat(node).containsEntry("stats", Map.of("failed_builds", "2"));

        failures.succeeded(ComputeFixture.HOST);
        reporter.updateAvailableResource(RequestContext.admin());
        assertThat(f.objects.computeNodes.get(ComputeFixture.HOST)).containsEntry("stats", Map.of("failed_builds", "0"));
    }
}
