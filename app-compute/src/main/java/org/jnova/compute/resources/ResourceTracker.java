package org.jnova.compute.resources;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.domain.error.ComputeResourcesUnavailable;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.placement.Inventory;
import org.jnova.ports.placement.ResourceClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nova's {@code ResourceTracker} for the compute's own claim: each node's capacity (the inventory it
 * reports, as Placement computes it) and the instances it holds (those the conductor lists on the node at
 * each audit, plus the builds claimed since). {@link #instanceClaim} refuses a build that does not fit
 * with {@code ComputeResourcesUnavailable}, which the build turns into a reschedule, so even a scheduler
 * working from a stale view cannot overfill the node. A node not audited yet takes any build (Nova's
 * {@code NopClaim} for a node it does not track).
 */
public final class ResourceTracker {
    private static final Logger LOG = LoggerFactory.getLogger(ResourceTracker.class);

    /** A claim and when it was made (System.nanoTime), so an audit listed before it keeps it. */
    private record Held(ResourceRequest size, long since) {
    }

    private final Map<String, Map<String, Long>> capacity = new HashMap<>();
    private final Map<String, Map<String, Held>> held = new HashMap<>();

    /**
     * {@code instance_claim}: counts the instance against the node, or throws {@code
     * ComputeResourcesUnavailable} naming the first resource that is short ({@code claims.Claim._test}).
     */
    public synchronized void instanceClaim(Instance instance, String node) {
        ResourceRequest size = sizeOf(instance);
        Map<String, Held> onNode = held.computeIfAbsent(node, k -> new LinkedHashMap<>());
        Map<String, Long> cap = capacity.get(node);
        if (cap != null) {
            ResourceRequest used = sum(onNode, instance.getUuid());
            check("memory", "MB", cap.get(ResourceClass.MEMORY_MB), used.memoryMb(), size.memoryMb());
            check("disk", "GB", cap.get(ResourceClass.DISK_GB), used.diskGb(), size.diskGb());
            check("vcpu", "VCPU", cap.get(ResourceClass.VCPU), used.vcpus(), size.vcpus());
        } else {
            LOG.debug("Node {} has not been audited yet; claiming {} without a check", node, instance.getUuid());
        }
        onNode.put(instance.getUuid(), new Held(size, System.nanoTime()));
    }

    /** The instance no longer holds anything here: its build failed or was rescheduled, or it is deleted. */
    public synchronized void drop(String instanceUuid) {
        held.values().forEach(m -> m.remove(instanceUuid));
    }

    /**
     * {@code _update_available_resource}: the node's capacity from its figures, and its instances as the
     * conductor listed them from {@code listedAt} (System.nanoTime before the listing) on; claims made
     * after that moment are kept even if the listing missed them.
     */
    public synchronized void audit(String node, ProviderReporter.NodeFigures figures, List<Instance> onNode,
                                   long listedAt) {
        Map<String, Long> cap = new HashMap<>();
        for (Map.Entry<String, Inventory> e : figures.inventory().entrySet()) {
            cap.put(e.getKey(), e.getValue().capacity());
        }
        capacity.put(node, cap);
        Map<String, Held> next = new LinkedHashMap<>();
        for (Instance i : onNode) {
            next.put(i.getUuid(), new Held(sizeOf(i), listedAt));
        }
        held.getOrDefault(node, Map.of()).forEach((uuid, h) -> {
            if (h.since() > listedAt) {
                next.putIfAbsent(uuid, h);
            }
        });
        held.put(node, next);
    }

    /** What the node's instances and builds use: the used figures the compute reports. */
    public synchronized ResourceRequest used(String node) {
        return sum(held.getOrDefault(node, Map.of()), null);
    }

    /** How many instances the node holds. */
    public synchronized int instances(String node) {
        return held.getOrDefault(node, Map.of()).size();
    }

    /** An instance's size: its flavor's, else its own memory/vcpus/root+ephemeral fields. */
    static ResourceRequest sizeOf(Instance i) {
        Flavor f = i.isSet("flavor") ? i.getFlavor() : null;
        if (f != null) {
            return ResourceRequest.of(f);
        }
        return new ResourceRequest(number(i, "memory_mb"), number(i, "vcpus"),
                number(i, "root_gb") + number(i, "ephemeral_gb"));
    }

    private static ResourceRequest sum(Map<String, Held> onNode, String except) {
        long mem = 0;
        long cpu = 0;
        long disk = 0;
        for (Map.Entry<String, Held> e : onNode.entrySet()) {
            if (!e.getKey().equals(except)) {
                mem += e.getValue().size().memoryMb();
                cpu += e.getValue().size().vcpus();
                disk += e.getValue().size().diskGb();
            }
        }
        return new ResourceRequest(mem, cpu, disk);
    }

    private static void check(String type, String unit, Long capacity, long used, long requested) {
        if (requested == 0) {
            return;
        }
        long cap = capacity == null ? 0 : capacity;
        if (used + requested > cap) {
            throw new ComputeResourcesUnavailable(String.format(Locale.ROOT, "Free %s %.2f %s < requested %d %s",
                    type, (double) Math.max(0, cap - used), unit, requested, unit));
        }
    }

    private static long number(Instance i, String field) {
        Object v = i.isSet(field) ? i.get(field) : null;
        return v instanceof Number n ? n.longValue() : 0;
    }
}
