package org.jnova.compute.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jnova.adapter.placement.openstack.OpenStackPlacementFactory;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.compute.ops.BuildFailures;
import org.jnova.compute.testing.ComputeFixture;
import org.jnova.compute.testing.MapConfig;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.placement.Inventory;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.RealPlacement;
import org.jnova.ports.placement.ResourceClass;
import org.junit.jupiter.api.Test;

/**
 * With {@code [scheduler] placement_driver = openstack} the compute's resource report creates its node's
 * provider in the real placement-api, with Nova's inventory for the fake host and the COMPUTE_NODE trait.
 */
class ResourceReportToPlacementTest {
    @Test
    void theReportCreatesTheProviderItsInventoryAndTrait() throws Exception {
        try (RealPlacement server = RealPlacement.start(RealPlacement.repositoryRoot())) {
            MapConfig config = new MapConfig(ComputeFixture.HOST);
            PlacementService placement = new OpenStackPlacementFactory().create(new PlacementConfig(server.url()));
            ComputeFixture f = new ComputeFixture(config, 0);
            ResourceReporter reporter = new ResourceReporter(f.objects, f.driver, ComputeFixture.HOST, () -> 1L,
                    new BuildFailures(), f.tracker, new ProviderReporter(placement));

            assertThat(reporter.updateAvailableResource(RequestContext.admin())).isEqualTo(1);
            String uuid = placement.providers().get(0).uuid();
            assertThat(placement.provider(uuid).orElseThrow().name()).isEqualTo(ComputeFixture.HOST);
            assertThat(placement.inventories(uuid)).isEqualTo(Map.of(
                    ResourceClass.VCPU, Inventory.of(1000, 0, 16.0),
                    ResourceClass.MEMORY_MB, Inventory.of(800000, 0, 1.5),
                    ResourceClass.DISK_GB, Inventory.of(600000, 0, 1.0)));
            assertThat(placement.traits(uuid)).contains("COMPUTE_NODE");
            long generation = placement.provider(uuid).orElseThrow().generation();
            reporter.updateAvailableResource(RequestContext.admin());
            assertThat(placement.provider(uuid).orElseThrow().generation()).as("an unchanged report writes nothing")
                    .isEqualTo(generation);
        }
    }

    /** {@code [placement] auth_type = admin_token}, {@code token = admin}, {@code endpoint_override}. */
    private record PlacementConfig(String endpoint) implements org.jnova.ports.config.ConfigView {
        @Override
        public Object value(org.jnova.ports.config.ConfigOption option) {
            return switch (option.qualifiedName()) {
                case "placement.auth_type" -> "admin_token";
                case "placement.token" -> "admin";
                case "placement.endpoint_override" -> endpoint;
                default -> option.defaultValue();
            };
        }
    }
}
