package org.jnova.compute.manager;

import java.util.List;
import java.util.function.Supplier;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.compute.objects.ComputeNodeFigures;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.ops.BuildFailures;
import org.jnova.compute.ops.NovaErrors;
import org.jnova.compute.resources.ResourceTracker;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.AvailableResource;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code update_available_resource}: for each node of the driver, the resource tracker's audit (the
 * node's capacity and the instances the conductor lists on it), then its figures into the ComputeNode
 * record, and, when the compute reports to an OpenStack Placement itself, its provider's inventory
 * through the placement port (the embedded placement takes it from the record). A failing node is logged
 * and the others still reported.
 */
public final class ResourceReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ResourceReporter.class);

    private final ComputeObjects objects;
    private final HypervisorDriver driver;
    private final String host;
    private final Supplier<Long> serviceId;
    private final BuildFailures failures;
    private final ResourceTracker tracker;
    private final ProviderReporter placement;

    /** @param placement where the compute reports its providers; null when the conductor does it */
    public ResourceReporter(ComputeObjects objects, HypervisorDriver driver, String host, Supplier<Long> serviceId,
                            BuildFailures failures, ResourceTracker tracker, ProviderReporter placement) {
        this.objects = objects;
        this.driver = driver;
        this.host = host;
        this.serviceId = serviceId;
        this.failures = failures;
        this.tracker = tracker;
        this.placement = placement;
    }

    /** Reports every node; returns how many were written. */
    public int updateAvailableResource(RequestContext ctx) {
        long listedAt = System.nanoTime();
        List<Instance> onHost;
        try {
            onHost = objects.instancesOnHost(ctx, host);
        } catch (RuntimeException e) {
            LOG.error("Error listing the instances of {} for the resource audit: {}", host, NovaErrors.message(e));
            return 0;
        }
        int written = 0;
        for (String node : driver.getAvailableNodes(true)) {
            try {
                AvailableResource resource = driver.getAvailableResource(node);
                ProviderReporter.NodeFigures inventory = ComputeNodeFigures.placementFigures(resource);
                tracker.audit(node, inventory, holding(onHost, node), listedAt);
                String uuid = objects.updateComputeNode(ctx, new ComputeNodeFigures(host, serviceId.get(), resource,
                        tracker.used(node), tracker.instances(node), failures.count(node)));
                if (placement != null) {
                    placement.report(uuid, node, inventory);
                }
                written++;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    LOG.info("Resource update for node {} interrupted by shutdown", node);
                    return written;
                }
                LOG.error("Error updating resources for node {}: {}", node, NovaErrors.message(e), e);
            }
        }
        return written;
    }

    /** The node's instances that hold resources ({@code vm_states.ALLOW_RESOURCE_REMOVAL} ones do not). */
    private static List<Instance> holding(List<Instance> onHost, String node) {
        return onHost.stream().filter(i -> node.equals(i.getNode()))
                .filter(i -> i.getVmState() != VmState.DELETED && i.getVmState() != VmState.SHELVED_OFFLOADED)
                .toList();
    }
}
