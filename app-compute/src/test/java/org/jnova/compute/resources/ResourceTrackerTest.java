package org.jnova.compute.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.compute.testing.Instances;
import org.jnova.domain.error.ComputeResourcesUnavailable;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.junit.jupiter.api.Test;

class ResourceTrackerTest {
    /** 4 vCPUs (64 at 16.0), 2048 MB (3072 at 1.5), 3 GB (3 at 1.0). */
    private static final ProviderReporter.NodeFigures NODE = new ProviderReporter.NodeFigures(4, 2048, 3, 16.0, 1.5, 1.0);
    private final ResourceTracker tracker = new ResourceTracker();

    @Test
    void aClaimBeyondAnyResourceIsRefusedNamingIt() {
        tracker.audit("n1", NODE, List.of(), System.nanoTime());
        tracker.instanceClaim(instance(1024), "n1");
        tracker.instanceClaim(instance(1024), "n1");
        assertThatThrownBy(() -> tracker.instanceClaim(instance(2048), "n1"))
                .isInstanceOf(ComputeResourcesUnavailable.class)
                .hasMessage("Insufficient compute resources: Free memory 1024.00 MB < requested 2048 MB.");
        tracker.instanceClaim(instance(1024), "n1");
        assertThatThrownBy(() -> tracker.instanceClaim(instance(1), "n1"))
                .hasMessage("Insufficient compute resources: Free memory 0.00 MB < requested 1 MB.");
        assertThat(tracker.used("n1").memoryMb()).isEqualTo(3072);
        assertThat(tracker.used("n1").diskGb()).isEqualTo(3);
    }

    @Test
    void anAuditCountsTheListedInstancesAndKeepsClaimsMadeAfterTheListing() {
        long before = System.nanoTime();
        Instance early = instance(512);
        tracker.instanceClaim(early, "n1");     // claimed before the listing, then failed: not listed
        long listedAt = System.nanoTime();
        Instance late = instance(512);
        tracker.instanceClaim(late, "n1");      // claimed while the audit's listing ran
        Instance stored = instance(256);        // placed by an earlier life of this compute
        tracker.audit("n1", NODE, List.of(stored), listedAt);
        assertThat(tracker.used("n1").memoryMb()).isEqualTo(512 + 256);
        assertThat(tracker.instances("n1")).isEqualTo(2);
        assertThat(before).isLessThan(listedAt);
        tracker.drop(late.getUuid());
        assertThat(tracker.used("n1").memoryMb()).isEqualTo(256);
    }

    @Test
    void aNodeNotAuditedYetTakesAnyBuild() {
        tracker.instanceClaim(instance(1_000_000), "n2");
        assertThat(tracker.used("n2").memoryMb()).isEqualTo(1_000_000);
    }

    private static Instance instance(long memoryMb) {
        Instance i = Instances.of("cmp1", VmState.BUILDING, null, PowerState.NOSTATE, Map.of());
        i.set("memory_mb", memoryMb);
        i.set("root_gb", 1);
        return i;
    }
}
