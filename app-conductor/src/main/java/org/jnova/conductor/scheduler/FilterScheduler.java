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
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.domain.error.NoValidHost;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Service;
import org.jnova.ports.persistence.ComputeNodeRepository;
import org.jnova.ports.persistence.ServiceRepository;
import org.jnova.ports.placement.AllocationClaim;
import org.jnova.ports.placement.PlacementConflict;
import org.jnova.ports.placement.PlacementException;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.ProviderSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nova's filter scheduler over Placement ({@code nova/scheduler/manager.py _schedule}): Placement's
 * allocation candidates for the request's amounts, the compute nodes among them whose nova-compute service
 * is enabled and up (Compute, RAM, Core and Disk filters), weighed by fewest consecutive failed builds then
 * most free RAM; then, for each instance, a claim on the best node, and on a conflict (another scheduler
 * took the room first) on the next one, until one is written. Placement decides atomically, so any number
 * of schedulers in any number of processes never give a node more than its inventory allows. The nodes
 * and services are read at most once per refresh interval, by one caller at a time, and so are the
 * candidates ({@link CandidateCache}), read afresh before a request is refused.
 */
public final class FilterScheduler {
    /** No host message of Nova's scheduler. */
    public static final String NO_HOSTS = "There are not enough hosts available.";
    /** {@code [scheduler] max_attempts} = 3: the chosen host plus two alternates. */
    public static final int ALTERNATES = 2;
    /** How long a read of nodes and services is reused (a burst reads it once). */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(FilterScheduler.class);
    /**
     * Nova's default weighers in effect: the build-failure weigher (multiplier 1000000) puts hosts with
     * fewer consecutive failed builds first whatever their RAM, then the RAM weigher prefers free memory.
     */
    private static final Comparator<HostState> WEIGHING = Comparator.comparingLong(HostState::failedBuilds)
            .thenComparing(Comparator.comparingLong(HostState::freeMemoryMb).reversed())
            .thenComparing(HostState::host).thenComparing(HostState::nodename);

    private final ComputeNodeRepository nodes;
    private final ServiceRepository services;
    private final PlacementService placement;
    private final Predicate<Service> isUp;
    private final Consumer<ComputeNode> inventorySync;
    private final long refreshNanos;
    private final List<HostFilter> filters = List.of(new ComputeFilter(), new RamFilter(), new CoreFilter(),
            new DiskFilter());
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final CandidateCache cache;
    private volatile View view;

    /** Compute nodes by provider uuid and compute services by host, as read at {@code readAt}. */
    private record View(Map<String, ComputeNode> nodes, Map<String, Service> computes, long readAt) {
    }

    /**
     * @param isUp          the servicegroup's {@code service_is_up}
     * @param inventorySync called with each compute node record read: the embedded placement's inventory
     *                      follows the records (a compute reporting to an OpenStack Placement needs nothing)
     * @param refresh       how long a read of nodes and services is reused; zero reads on every request
     */
    public FilterScheduler(ComputeNodeRepository nodes, ServiceRepository services, PlacementService placement,
                           Predicate<Service> isUp, Consumer<ComputeNode> inventorySync, Duration refresh) {
        this.nodes = nodes;
        this.services = services;
        this.placement = placement;
        this.isUp = isUp;
        this.inventorySync = inventorySync;
        this.refreshNanos = refresh.toNanos();
        this.cache = new CandidateCache(placement, refresh);
    }

    /**
     * Chooses and claims a node for each instance, all or none: {@link NoValidHost} (with whatever was
     * claimed for this request released) if one cannot be placed. Hosts in {@code ignoreHosts} are skipped.
     */
    public List<Placement> select(ResourceRequest request, List<PlacementConsumer> consumers, Set<String> ignoreHosts) {
        View v = refreshedView();
        CandidateCache.Snapshot snapshot = candidates(request, false);
        List<HostState> hosts = hostStates(v, snapshot);
        List<Placement> out = new ArrayList<>();
        for (PlacementConsumer consumer : consumers) {
            List<HostState> passing = passing(hosts, request, ignoreHosts);
            HostState chosen = claimBest(consumer, passing, request);
            if (chosen == null && !snapshot.fresh()) {
                // what this scheduler remembered may be out of date: ask Placement again before giving up
                snapshot = candidates(request, true);
                hosts = hostStates(v, snapshot);
                passing = passing(hosts, request, ignoreHosts);
                chosen = claimBest(consumer, passing, request);
            }
            if (chosen == null) {
                out.forEach(p -> release(p.instanceUuid()));
                LOG.info("No valid host for {} instance(s) of {}: {}", consumers.size(), request, hosts);
                throw new NoValidHost(NO_HOSTS);
            }
            chosen.consume(request);
            cache.taken(chosen.nodeUuid(), request);
            out.add(new Placement(consumer.uuid(), selection(chosen), alternates(chosen, passing, request)));
        }
        return out;
    }

    /** Claims on the first host that takes it; a host that refuses offers nothing more to this request. */
    private HostState claimBest(PlacementConsumer consumer, List<HostState> passing, ResourceRequest request) {
        for (HostState h : passing) {
            if (claim(consumer, h.nodeUuid(), request)) {
                return h;
            }
            h.exhaust();
        }
        return null;
    }

    /**
     * Moves the instance's claim to one specific node (a reschedule alternate) if it fits there now; the
     * claim it held elsewhere is replaced in the same write.
     */
    public boolean claim(HostSelection node, ResourceRequest request, PlacementConsumer consumer) {
        String uuid = node.nodeUuid();
        if (uuid == null || uuid.isEmpty()) {
            uuid = refreshedView().nodes().values().stream()
                    .filter(n -> n.getHost().equals(node.host()) && n.getHypervisorHostname().equals(node.nodename()))
                    .map(ComputeNode::getUuid).findFirst().orElse(null);
        }
        return uuid != null && claim(consumer, uuid, request);
    }

    /** Releases whatever the instance holds (its build was abandoned); a failure is left to the heal. */
    public void release(String instanceUuid) {
        try {
            placement.release(instanceUuid);
        } catch (PlacementException e) {
            LOG.warn("Could not release the allocations of {} ({}); the allocation heal will", instanceUuid,
                    e.getMessage());
        }
    }

    /** Writes the consumer's claim on one provider, replacing what it held; false if it did not fit. */
    private boolean claim(PlacementConsumer consumer, String providerUuid, ResourceRequest request) {
        Map<String, Map<String, Long>> wanted = Map.of(providerUuid, request.resources());
        try {
            try {
                placement.claim(new AllocationClaim(consumer.uuid(), consumer.projectId(), consumer.userId(), wanted,
                        null));
            } catch (PlacementConflict e) {
                if (e.kind() != PlacementConflict.Kind.CONSUMER_GENERATION) {
                    throw e;
                }
                // it holds allocations already (a reschedule, a redelivered request): move them
                placement.move(consumer.uuid(), consumer.projectId(), consumer.userId(), wanted);
            }
            return true;
        } catch (PlacementConflict e) {
            LOG.debug("Claim of {} on {} refused: {}", consumer.uuid(), providerUuid, e.getMessage());
            return false;
        } catch (PlacementException e) {
            LOG.warn("Claim of {} on {} failed: {}", consumer.uuid(), providerUuid, e.getMessage());
            return false;
        }
    }

    private List<HostState> passing(List<HostState> hosts, ResourceRequest request, Set<String> ignoreHosts) {
        List<HostState> out = new ArrayList<>();
        for (HostState h : hosts) {
            if (!ignoreHosts.contains(h.host()) && passesAll(h, request)) {
                out.add(h);
            }
        }
        out.sort(WEIGHING);
        return out;
    }

    /** Up to {@link #ALTERNATES} other hosts that can still take the instance, best first. */
    private static List<HostSelection> alternates(HostState chosen, List<HostState> passing, ResourceRequest request) {
        List<HostSelection> out = new ArrayList<>();
        for (HostState h : passing) {
            if (out.size() >= ALTERNATES) {
                break;
            }
            if (!h.host().equals(chosen.host()) && h.fits(request)) {
                out.add(selection(h));
            }
        }
        return out;
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

    private CandidateCache.Snapshot candidates(ResourceRequest request, boolean fresh) {
        try {
            return cache.candidates(request, fresh);
        } catch (PlacementException e) {
            LOG.error("Placement gave no allocation candidates for {}: {}", request, e.getMessage());
            throw new NoValidHost(NO_HOSTS);
        }
    }

    /** The candidates that are compute nodes this cell knows, with their service state and this scheduler's claims. */
    private List<HostState> hostStates(View v, CandidateCache.Snapshot snapshot) {
        List<HostState> out = new ArrayList<>();
        for (ProviderSummary c : snapshot.candidates()) {
            ComputeNode node = v.nodes().get(c.providerUuid());
            if (node == null) {
                continue; // a provider of another cell or service
            }
            Service svc = v.computes().get(node.getHost());
            boolean usable = svc != null && !svc.isDisabled() && isUp.test(svc);
            out.add(new HostState(node, c, usable));
        }
        cache.consumeSince(snapshot, out);
        return out;
    }

    /**
     * The nodes and services, read again when older than the refresh interval. Only one caller reads at a
     * time; the others keep the last view (there always is one after the first read).
     */
    private View refreshedView() {
        long now = System.nanoTime();
        View current = view;
        if (current != null && now - current.readAt() < refreshNanos) {
            return current;
        }
        boolean mine = refreshing.compareAndSet(false, true);
        if (!mine && current != null) {
            return current;
        }
        try {
            View fresh = read(now);
            synchronized (this) {
                if (view == null || fresh.readAt() > view.readAt()) {
                    view = fresh;
                }
                return view;
            }
        } finally {
            if (mine) {
                refreshing.set(false);
            }
        }
    }

    private View read(long readAt) {
        Map<String, Service> computes = new HashMap<>();
        for (Service s : services.listByBinary("nova-compute", true)) {
            computes.put(s.getHost(), s);
        }
        Map<String, ComputeNode> byUuid = new LinkedHashMap<>();
        for (ComputeNode node : nodes.listAll()) {
            if (!node.isSet("uuid") || node.getUuid() == null) {
                continue;
            }
            byUuid.put(node.getUuid(), node);
            try {
                inventorySync.accept(node);
            } catch (RuntimeException e) {
                LOG.warn("Could not report the inventory of {}/{}: {}", node.getHost(), node.getHypervisorHostname(),
                        e.getMessage());
            }
        }
        return new View(byUuid, computes, readAt);
    }

    private static HostSelection selection(HostState h) {
        return new HostSelection(h.host(), h.nodename(), h.nodeUuid());
    }
}
