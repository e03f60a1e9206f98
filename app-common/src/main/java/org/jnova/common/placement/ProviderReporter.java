package org.jnova.common.placement;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jnova.ports.placement.Inventory;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.ResourceClass;

/**
 * A compute node's resource report into Placement ({@code update_provider_tree} and the report client's
 * {@code update_from_provider_tree}): the provider (the node's uuid, named by its hypervisor hostname),
 * its VCPU, MEMORY_MB and DISK_GB inventory (min unit 1, max unit the total, nothing reserved, the node's
 * allocation ratios) and the {@code COMPUTE_NODE} trait, added to whatever traits others set. What was
 * written is remembered, so an unchanged report costs nothing; it is checked against Placement again after
 * {@link #RECHECK} (Nova's {@code resource_provider_association_refresh}), in case Placement lost it.
 */
public final class ProviderReporter {
    /** The trait Nova's resource tracker puts on every compute node provider. */
    public static final String COMPUTE_NODE_TRAIT = "COMPUTE_NODE";

    /** How long a report is trusted to be still in Placement. */
    public static final Duration RECHECK = Duration.ofMinutes(5);

    private final PlacementService placement;
    private final Map<String, Report> written = new ConcurrentHashMap<>();

    /** A node's figures: totals, and the allocation ratios (applied by Placement to total - reserved). */
    public record NodeFigures(long vcpus, long memoryMb, long localGb, double cpuRatio, double ramRatio,
                              double diskRatio) {
        /** The inventory of the node; a class with a total of zero is not offered. */
        public Map<String, Inventory> inventory() {
            Map<String, Inventory> out = new LinkedHashMap<>();
            put(out, ResourceClass.VCPU, vcpus, cpuRatio);
            put(out, ResourceClass.MEMORY_MB, memoryMb, ramRatio);
            put(out, ResourceClass.DISK_GB, localGb, diskRatio);
            return out;
        }

        private static void put(Map<String, Inventory> out, String rc, long total, double ratio) {
            if (total > 0) {
                out.put(rc, Inventory.of(total, 0, ratio));
            }
        }
    }

    private record Report(String name, Map<String, Inventory> inventory, long at) {
        boolean sameAs(Report o) {
            return o != null && name.equals(o.name) && inventory.equals(o.inventory)
                    && at - o.at < RECHECK.toNanos();
        }
    }

    public ProviderReporter(PlacementService placement) {
        this.placement = placement;
    }

    /** Writes the node's provider, inventory and trait unless this reporter wrote the same already. */
    public void report(String providerUuid, String nodename, NodeFigures figures) {
        Report report = new Report(nodename, figures.inventory(), System.nanoTime());
        Report last = written.get(providerUuid);
        if (report.sameAs(last)) {
            return;
        }
        written.remove(providerUuid);
        placement.ensureProvider(providerUuid, nodename);
        if (!report.inventory().equals(placement.inventories(providerUuid))) {
            placement.setInventories(providerUuid, report.inventory());
        }
        Set<String> traits = placement.traits(providerUuid);
        if (!traits.contains(COMPUTE_NODE_TRAIT)) {
            Set<String> all = new LinkedHashSet<>(traits);
            all.add(COMPUTE_NODE_TRAIT);
            placement.setTraits(providerUuid, all);
        }
        written.put(providerUuid, report);
    }
}
