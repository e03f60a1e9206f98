package org.jnova.conductor.scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.jnova.domain.error.NoValidHost;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Service;
import org.jnova.ports.persistence.ComputeNodeRepository;
import org.jnova.ports.persistence.InstanceRepository;
import org.jnova.ports.persistence.NodeUsage;
import org.jnova.ports.persistence.ServiceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small filter scheduler: candidates are the compute nodes whose nova-compute service is enabled and
 * up; Compute, RAM, Core and Disk filters check the request against totals × ratios minus what is used
 * (the instances already placed, as stored, plus this scheduler's claims that are not stored yet);
 * the node with the fewest consecutive failed builds, then the most free RAM, wins. Each choice is
 * claimed at once, so a burst spreads and never overcommits; {@link #release} drops a claim once the
 * instance row carries its host and node.
 * The database is read outside the lock that choices take, by one caller at a time: the others go on
 * with the last read and the claims, instead of queueing behind a scan of the instances table.
 */
public final class FilterScheduler {
    /** No host message of Nova's scheduler. */
    public static final String NO_HOSTS = "There are not enough hosts available.";
    /** {@code [scheduler] max_attempts} = 3: the chosen host plus two alternates. */
    public static final int ALTERNATES = 2;
    private static final Logger LOG = LoggerFactory.getLogger(FilterScheduler.class);

    private final ComputeNodeRepository nodes;
    private final ServiceRepository services;
    private final InstanceRepository instances;
    private final Predicate<Service> isUp;
    private final List<HostFilter> filters = List.of(new ComputeFilter(), new RamFilter(), new CoreFilter(),
            new DiskFilter());
    /**
     * Nova's default weighers in effect: the build-failure weigher (multiplier 1000000) puts hosts with
     * fewer consecutive failed builds first whatever their RAM, then the RAM weigher prefers free memory.
     */
    private static final Comparator<HostState> WEIGHING = Comparator.comparingLong(HostState::failedBuilds)
            .thenComparing(Comparator.comparingLong(HostState::freeMemoryMb).reversed())
            .thenComparing(HostState::key);
    /** How long a read of nodes, services and placed instances is reused (a burst reads it once). */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(1);

    /** Claims by instance uuid; counted until a refresh that started after they were released. */
    private final Map<String, Claim> claims = new HashMap<>();
    private final long refreshNanos;
    /** Guarded by this, like {@link #claims}: an inventory and the claims it has not counted yet. */
    private Inventory inventory;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    private static final class Claim {
        final String nodeKey;
        final ResourceRequest request;
        /** System.nanoTime() when the instance row got its host, or -1 while in flight. */
        long releasedAt = -1;

        Claim(String nodeKey, ResourceRequest request) {
            this.nodeKey = nodeKey;
            this.request = request;
        }
    }

    /** What the database said at {@code readAt} (System.nanoTime() before the reads started). */
    private record Inventory(List<ComputeNode> nodes, Map<String, Service> computes, Map<String, NodeUsage> placed,
                             long readAt) {
    }

    /** @param isUp the servicegroup's {@code service_is_up} */
    public FilterScheduler(ComputeNodeRepository nodes, ServiceRepository services, InstanceRepository instances,
                           Predicate<Service> isUp) {
        this(nodes, services, instances, isUp, DEFAULT_REFRESH);
    }

    /** @param refresh how long a database read is reused; zero reads on every request */
    public FilterScheduler(ComputeNodeRepository nodes, ServiceRepository services, InstanceRepository instances,
                           Predicate<Service> isUp, Duration refresh) {
        this.nodes = nodes;
        this.services = services;
        this.instances = instances;
        this.isUp = isUp;
        this.refreshNanos = refresh.toNanos();
    }

    /**
     * Chooses a node for each instance (all or none: {@link NoValidHost} if any cannot be placed) and
     * claims it; hosts in {@code ignoreHosts} are skipped.
     */
    public List<Placement> select(ResourceRequest request, List<String> instanceUuids, Set<String> ignoreHosts) {
        refreshIfStale();
        synchronized (this) {
            return choose(request, instanceUuids, ignoreHosts);
        }
    }

    private List<Placement> choose(ResourceRequest request, List<String> instanceUuids, Set<String> ignoreHosts) {
        Map<String, HostState> states = hostStates();
        List<Placement> out = new ArrayList<>();
        for (String uuid : instanceUuids) {
            List<HostState> passing = new ArrayList<>();
            for (HostState h : states.values()) {
                if (!ignoreHosts.contains(h.host()) && passesAll(h, request)) {
                    passing.add(h);
                }
            }
            if (passing.isEmpty()) {
                out.forEach(p -> claims.remove(p.instanceUuid()));
                LOG.info("No valid host for {} instance(s) of {}: {}", instanceUuids.size(), request, states.values());
                throw new NoValidHost(NO_HOSTS);
            }
            passing.sort(WEIGHING);
            HostState best = passing.get(0);
            best.consume(request);
            claims.put(uuid, new Claim(best.key(), request));
            List<HostSelection> alternates = new ArrayList<>();
            for (int i = 1; i < passing.size() && alternates.size() < ALTERNATES; i++) {
                if (!passing.get(i).host().equals(best.host())) {
                    alternates.add(selection(passing.get(i)));
                }
            }
            out.add(new Placement(uuid, selection(best), alternates));
        }
        return out;
    }

    /** Re-checks one specific node (a reschedule alternate) and claims it if it still fits. */
    public boolean claim(HostSelection node, ResourceRequest request, String instanceUuid) {
        refreshIfStale();
        synchronized (this) {
            HostState h = hostStates().get(NodeUsage.key(node.host(), node.nodename()));
            if (h == null || !passesAll(h, request)) {
                return false;
            }
            claims.put(instanceUuid, new Claim(h.key(), request));
            return true;
        }
    }

    /**
     * The instance row now carries its host and node (or its build was abandoned): the claim is
     * dropped at the next database read, which counts the stored instance instead.
     */
    public synchronized void release(String instanceUuid) {
        Claim c = claims.get(instanceUuid);
        if (c != null && c.releasedAt < 0) {
            c.releasedAt = System.nanoTime();
        }
    }

    private boolean passesAll(HostState h, ResourceRequest request) {
        for (HostFilter f : filters) {
            if (!f.passes(h, request)) {
                LOG.debug("{} rejected {} for {}", f.name(), h, request);
                return false;
            }
        }
        return true;
    }

    /** The states of every node from the current inventory plus the claims; the caller holds the lock. */
    private Map<String, HostState> hostStates() {
        Inventory inv = inventory;
        Map<String, HostState> states = new LinkedHashMap<>();
        for (ComputeNode node : inv.nodes()) {
            Service svc = inv.computes().get(node.getHost());
            boolean usable = svc != null && !svc.isDisabled() && isUp.test(svc);
            HostState h = new HostState(node,
                    inv.placed().get(NodeUsage.key(node.getHost(), node.getHypervisorHostname())), usable);
            states.put(h.key(), h);
        }
        for (Claim c : claims.values()) {
            HostState h = states.get(c.nodeKey);
            if (h != null) {
                h.consume(c.request);
            }
        }
        return states;
    }

    /**
     * Reads the database again when the inventory is older than the refresh interval. Only one caller
     * reads at a time; while it does, the others keep the last inventory (there always is one after
     * the first read). The new inventory and the pruning of the claims it counts happen together.
     */
    private void refreshIfStale() {
        long now = System.nanoTime();
        Inventory current;
        synchronized (this) {
            current = inventory;
        }
        if (current != null && now - current.readAt() < refreshNanos) {
            return;
        }
        boolean mine = refreshing.compareAndSet(false, true);
        if (!mine && current != null) {
            return;
        }
        try {
            Inventory fresh = read(now);
            synchronized (this) {
                if (inventory == null || fresh.readAt() > inventory.readAt()) {
                    // a claim released before this read started is counted by the read itself
                    claims.values().removeIf(c -> c.releasedAt >= 0 && c.releasedAt < fresh.readAt());
                    inventory = fresh;
                }
            }
        } finally {
            if (mine) {
                refreshing.set(false);
            }
        }
    }

    private Inventory read(long readAt) {
        Map<String, Service> computes = new HashMap<>();
        for (Service s : services.listByBinary("nova-compute", true)) {
            computes.put(s.getHost(), s);
        }
        Map<String, NodeUsage> placed = instances.usageByNode();
        return new Inventory(nodes.listAll(), computes, placed, readAt);
    }

    private static HostSelection selection(HostState h) {
        return new HostSelection(h.host(), h.nodename(), h.nodeUuid());
    }
}
