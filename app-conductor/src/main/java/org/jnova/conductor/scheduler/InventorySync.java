package org.jnova.conductor.scheduler;

import java.util.function.Consumer;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.domain.objects.ComputeNode;

/**
 * The embedded placement's inventories, kept to the compute node records the scheduler reads (the
 * compute reports them through the conductor; an OpenStack Placement gets them from the compute itself).
 */
public final class InventorySync implements Consumer<ComputeNode> {
    /** Nova's {@code initial_*_allocation_ratio}, for a record that has no ratio. */
    static final double CPU_RATIO = 16.0;
    static final double RAM_RATIO = 1.5;
    static final double DISK_RATIO = 1.0;

    private final ProviderReporter reporter;

    public InventorySync(ProviderReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void accept(ComputeNode node) {
        reporter.report(node.getUuid(), node.getHypervisorHostname(), new ProviderReporter.NodeFigures(
                number(node, "vcpus"), number(node, "memory_mb"), number(node, "local_gb"),
                ratio(node, "cpu_allocation_ratio", CPU_RATIO), ratio(node, "ram_allocation_ratio", RAM_RATIO),
                ratio(node, "disk_allocation_ratio", DISK_RATIO)));
    }

    private static long number(ComputeNode node, String field) {
        Object v = node.isSet(field) ? node.get(field) : null;
        return v instanceof Number n ? n.longValue() : 0;
    }

    private static double ratio(ComputeNode node, String field, double dflt) {
        Object v = node.isSet(field) ? node.get(field) : null;
        return v instanceof Number n && n.doubleValue() > 0 ? n.doubleValue() : dflt;
    }
}
