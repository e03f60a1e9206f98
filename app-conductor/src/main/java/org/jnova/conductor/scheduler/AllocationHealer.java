package org.jnova.conductor.scheduler;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.persistence.ComputeNodeRepository;
import org.jnova.ports.persistence.InstanceHost;
import org.jnova.ports.persistence.InstanceRepository;
import org.jnova.ports.placement.PlacementException;
import org.jnova.ports.placement.PlacementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles Placement with the instances that exist, after crashes (a conductor killed between its claim
 * and storing the instance's host, a compute killed mid-build, a delete whose release was lost): on the
 * providers of this cell's compute nodes, an instance holds allocations exactly on the provider of its
 * node. What differs is healed only when two passes in a row saw the same difference, so nothing in
 * flight (a claim a moment before its instance is placed, a reschedule moving its claim) is touched:
 * allocations of consumers that are not live instances on that node are released (the resource
 * tracker's {@code _remove_deleted_instances_allocations}), and a placed instance without them gets its
 * flavor's amounts on its node ({@code nova-manage placement heal_allocations}).
 */
public final class AllocationHealer {
    private static final Logger LOG = LoggerFactory.getLogger(AllocationHealer.class);

    private final InstanceRepository instances;
    private final ComputeNodeRepository nodes;
    private final PlacementService placement;
    private final Consumer<ComputeNode> inventorySync;
    /** Consumer uuid to the difference seen by the last pass. */
    private Map<String, Difference> lastSeen = Map.of();

    /** What a consumer holds (provider uuids) and where its instance is (null: nowhere). */
    private record Difference(Set<String> held, String expected) {
    }

    /** What one pass did. */
    public record Result(int released, int healed, int pending) {
    }

    /** @param inventorySync as the scheduler's: the embedded inventories follow the node records read */
    public AllocationHealer(InstanceRepository instances, ComputeNodeRepository nodes, PlacementService placement,
                            Consumer<ComputeNode> inventorySync) {
        this.instances = instances;
        this.nodes = nodes;
        this.placement = placement;
        this.inventorySync = inventorySync;
    }

    /** One pass: compares, heals what the previous pass saw the same way, remembers the rest. */
    public synchronized Result heal() {
        Map<String, String> providerOfNode = new HashMap<>();
        for (ComputeNode n : nodes.listAll()) {
            if (n.isSet("uuid") && n.getUuid() != null) {
                providerOfNode.put(n.getHost() + "/" + n.getHypervisorHostname(), n.getUuid());
                try {
                    inventorySync.accept(n); // a node nobody scheduled to since an upgrade gets its provider
                } catch (RuntimeException e) {
                    LOG.debug("No inventory reported for {}: {}", n.getUuid(), e.getMessage());
                }
            }
        }
        Map<String, Set<String>> held = new HashMap<>();
        for (String rp : providerOfNode.values()) {
            try {
                placement.providerAllocations(rp).keySet().forEach(c -> held.computeIfAbsent(c, k -> new HashSet<>()).add(rp));
            } catch (PlacementException e) {
                LOG.debug("No allocations read for provider {}: {}", rp, e.getMessage());
            }
        }
        Map<String, String> expected = new HashMap<>();
        for (InstanceHost i : instances.instanceHosts()) {
            String rp = i.host() == null || i.node() == null ? null : providerOfNode.get(i.host() + "/" + i.node());
            expected.put(i.uuid(), rp);
        }
        Map<String, Difference> seen = new HashMap<>();
        held.forEach((consumer, providers) -> {
            String want = expected.get(consumer);
            if (!providers.equals(want == null ? Set.of() : Set.of(want))) {
                seen.put(consumer, new Difference(providers, want));
            }
        });
        expected.forEach((consumer, rp) -> {
            if (rp != null && !held.containsKey(consumer)) {
                seen.put(consumer, new Difference(Set.of(), rp));
            }
        });
        int released = 0;
        int healed = 0;
        for (Map.Entry<String, Difference> e : seen.entrySet()) {
            if (!e.getValue().equals(lastSeen.get(e.getKey()))) {
                continue;
            }
            try {
                if (e.getValue().expected() == null) {
                    if (placement.release(e.getKey())) {
                        LOG.info("Released the allocations of {} on {}: no live instance is placed there",
                                e.getKey(), e.getValue().held());
                        released++;
                    }
                } else if (moveToItsNode(e.getKey(), e.getValue().expected())) {
                    healed++;
                }
            } catch (PlacementException ex) {
                LOG.warn("Could not heal the allocations of {}: {}", e.getKey(), ex.getMessage());
            }
        }
        seen.keySet().removeIf(c -> lastSeen.containsKey(c) && seen.get(c).equals(lastSeen.get(c)));
        lastSeen = seen;
        return new Result(released, healed, seen.size());
    }

    private boolean moveToItsNode(String instanceUuid, String providerUuid) {
        Instance instance;
        try {
            instance = instances.getByUuid(instanceUuid);
        } catch (InstanceNotFound gone) {
            return false;
        }
        if (instance.getFlavor() == null) {
            return false;
        }
        PlacementConsumer consumer = PlacementConsumer.of(instance, RequestContext.admin());
        placement.move(instanceUuid, consumer.projectId(), consumer.userId(),
                Map.of(providerUuid, ResourceRequest.of(instance.getFlavor()).resources()));
        LOG.info("Healed the allocations of instance {}: now on its node's provider {}", instanceUuid, providerUuid);
        return true;
    }
}
