package org.jnova.conductor.endpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.conductor.scheduler.FilterScheduler;
import org.jnova.conductor.scheduler.HostSelection;
import org.jnova.conductor.scheduler.Placement;
import org.jnova.conductor.scheduler.PlacementConsumer;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.MaxRetriesExceeded;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.objects.BuildRequest;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.RequestSpec;
import org.jnova.domain.objects.Selection;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcArgs;
import org.jnova.messaging.RpcArgumentException;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;
import org.jnova.ports.persistence.InstanceActionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ComputeTaskManager} (namespace {@code compute_task}, version 1.24): the build paths. A new
 * server is scheduled (its resources claimed in Placement), stored on its node, given its {@code create}
 * action and cast to its compute; a reschedule moves its claim to the next alternate the failed compute
 * sent back that still has room. A build that goes nowhere releases its claim.
 */
public final class ComputeTaskEndpoint implements RpcEndpoint {
    public static final String NAMESPACE = "compute_task";
    public static final String VERSION = "1.24";
    private static final Logger LOG = LoggerFactory.getLogger(ComputeTaskEndpoint.class);

    private final FilterScheduler scheduler;
    private final InstancePlacement placement;
    private final InstanceActionRepository actions;
    private final ComputeCasts computes;
    private final Map<String, RpcMethod> methods;

    public ComputeTaskEndpoint(FilterScheduler scheduler, org.jnova.ports.persistence.Persistence db,
                               ComputeCasts computes, String conductorHost) {
        this.scheduler = scheduler;
        this.placement = new InstancePlacement(db.instances(), db.faults(), conductorHost);
        this.actions = db.actions();
        this.computes = computes;
        Map<String, RpcMethod> m = new LinkedHashMap<>();
        m.put("schedule_and_build_instances", this::scheduleAndBuildInstances);
        m.put("build_instances", this::buildInstances);
        this.methods = Map.copyOf(m);
    }

    @Override
    public Target target() {
        return Target.endpoint(NAMESPACE, VERSION);
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return methods;
    }

    /** {@code schedule_and_build_instances(build_requests, request_specs, image, ...)}: a cast. */
    Object scheduleAndBuildInstances(RequestContext ctx, RpcArgs args) {
        List<BuildRequest> builds = objects(args, "build_requests", BuildRequest.class);
        List<RequestSpec> specs = objects(args, "request_specs", RequestSpec.class);
        if (builds.isEmpty()) {
            return null;
        }
        RequestSpec spec = specs.isEmpty() ? null : specs.get(0);
        List<Instance> requested = new ArrayList<>();
        for (BuildRequest b : builds) {
            Instance i = b.getInstance();
            if (i == null) {
                throw new RpcArgumentException("schedule_and_build_instances() got a BuildRequest without instance");
            }
            if (!i.isSet("uuid") && b.isSet("instance_uuid")) {
                i.set("uuid", b.getInstanceUuid());
            }
            requested.add(i);
        }
        Flavor flavor = spec != null && spec.isSet("flavor") ? spec.getFlavor() : requested.get(0).getFlavor();
        ResourceRequest size = ResourceRequest.of(flavor);
        List<Placement> chosen;
        try {
            chosen = scheduler.select(size, requested.stream().map(i -> PlacementConsumer.of(i, ctx)).toList(),
                    ignoredHosts(spec));
        } catch (NovaException e) {
            for (Instance i : requested) {
                buryWithAction(ctx, i, flavor, e);
            }
            return null;
        }
        for (int n = 0; n < requested.size(); n++) {
            Instance wanted = requested.get(n);
            Placement p = chosen.get(n);
            RequestSpec own = n < specs.size() ? specs.get(n) : spec;
            ComputeCasts.BuildArgs build = new ComputeCasts.BuildArgs(args.get("image"), own,
                    filterProperties(p.chosen(), 1, List.of(), own), args.string("admin_password"), args.get("injected_files"),
                    args.get("requested_networks"), securityGroupNames(own), args.get("block_device_mapping"));
            startBuild(ctx, wanted, flavor, size, p.chosen(), p.alternates(), build, true);
        }
        return null;
    }

    /**
     * {@code build_instances(instances, image, filter_properties, ...)}: with {@code host_lists} it is
     * a reschedule to the next alternate that still fits; without, a fresh schedule.
     */
    Object buildInstances(RequestContext ctx, RpcArgs args) {
        List<Instance> instances = objects(args, "instances", Instance.class);
        Object rawSpec = args.get("request_spec");
        RequestSpec spec = rawSpec instanceof RequestSpec r ? r : null;
        Map<String, Object> filterProps = args.dict("filter_properties");
        int attempts = retryAttempts(filterProps) + 1;
        List<?> hostLists = args.list("host_lists");
        for (int n = 0; n < instances.size(); n++) {
            Instance instance = instances.get(n);
            Flavor flavor = instance.getFlavor() != null ? instance.getFlavor() : spec == null ? null : spec.getFlavor();
            ResourceRequest size = ResourceRequest.of(flavor);
            PlacementConsumer consumer = PlacementConsumer.of(instance, ctx);
            List<HostSelection> candidates;
            try {
                if (hostLists != null) {
                    candidates = alternates(hostLists.size() > n ? hostLists.get(n) : null);
                    HostSelection next = null;
                    while (!candidates.isEmpty() && next == null) {
                        HostSelection c = candidates.remove(0);
                        if (scheduler.claim(c, size, consumer)) {
                            next = c;
                        }
                    }
                    if (next == null) {
                        throw new MaxRetriesExceeded("Exhausted all hosts available for retrying build failures for"
                                + " instance " + instance.getUuid() + ".");
                    }
                    candidates.add(0, next);
                } else {
                    Placement p = scheduler.select(size, List.of(consumer), ignoredHosts(spec)).get(0);
                    candidates = new ArrayList<>(p.alternates());
                    candidates.add(0, p.chosen());
                }
            } catch (NovaException e) {
                // whatever the failed host's claim left behind goes with the build
                scheduler.release(instance.getUuid());
                try {
                    placement.fail(instance, flavor, e);
                } catch (InstanceNotFound gone) {
                    LOG.info("Instance {} was deleted during its reschedule", instance.getUuid());
                }
                continue;
            }
            HostSelection host = candidates.remove(0);
            ComputeCasts.BuildArgs build = new ComputeCasts.BuildArgs(args.get("image"), spec,
                    filterProperties(host, attempts, triedHosts(filterProps), spec), args.string("admin_password"),
                    args.get("injected_files"), args.get("requested_networks"), args.get("security_groups"),
                    args.get("block_device_mapping"));
            startBuild(ctx, instance, flavor, size, host, candidates, build, false);
        }
        return null;
    }

    private void startBuild(RequestContext ctx, Instance wanted, Flavor flavor, ResourceRequest size,
                            HostSelection host, List<HostSelection> alternates, ComputeCasts.BuildArgs build,
                            boolean newServer) {
        Instance stored;
        try {
            stored = placement.place(wanted, flavor, host);
        } catch (InstanceNotFound e) {
            LOG.info("Instance {} was deleted while it was being scheduled; not building it", wanted.getUuid());
            scheduler.release(wanted.getUuid());
            return;
        }
        if (newServer) {
            actions.actionStart(ctx, stored.getUuid(), "create");
        }
        List<Selection> alts = InstancePlacement.selections(alternates, size);
        try {
            computes.buildAndRunInstance(ctx, stored, host.host(), host.nodename(), build, alts);
        } catch (RuntimeException e) {
            LOG.error("Could not cast build_and_run_instance of {} to {}: {}", stored.getUuid(), host.host(),
                    e.toString());
            scheduler.release(stored.getUuid());
            placement.fail(stored, flavor, new NovaException("Failed to send the build to " + host.host() + ": " + e));
        }
    }

    private void buryWithAction(RequestContext ctx, Instance instance, Flavor flavor, NovaException e) {
        try {
            Instance stored = placement.fail(instance, flavor, e);
            actions.actionStart(ctx, stored.getUuid(), "create");
        } catch (InstanceNotFound gone) {
            LOG.info("Instance {} was deleted while it was being scheduled", instance.getUuid());
        }
    }

    /**
     * The legacy filter properties a compute needs to reschedule: the retry record, whose hosts are the
     * ones tried before plus this one ({@code scheduler_utils._add_retry_host}).
     */
    private static Map<String, Object> filterProperties(HostSelection host, int attempts, List<Object> tried,
                                                        RequestSpec spec) {
        Map<String, Object> retry = new LinkedHashMap<>();
        retry.put("num_attempts", attempts);
        List<Object> hosts = new ArrayList<>(tried);
        hosts.add(List.of(host.host(), host.nodename()));
        retry.put("hosts", hosts);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("retry", retry);
        props.put("scheduler_hints", spec != null && spec.isSet("scheduler_hints") && spec.get("scheduler_hints") != null
                ? spec.get("scheduler_hints") : Map.of());
        props.put("limits", Map.of());
        return props;
    }

    /** The {@code [host, node]} pairs a reschedule's retry record says were tried already. */
    private static List<Object> triedHosts(Map<String, Object> filterProps) {
        if (filterProps != null && filterProps.get("retry") instanceof Map<?, ?> retry
                && retry.get("hosts") instanceof List<?> hosts) {
            return new ArrayList<>(hosts);
        }
        return List.of();
    }

    private static int retryAttempts(Map<String, Object> filterProps) {
        if (filterProps != null && filterProps.get("retry") instanceof Map<?, ?> retry
                && retry.get("num_attempts") instanceof Number n) {
            return n.intValue();
        }
        return 1;
    }

    private static Set<String> ignoredHosts(RequestSpec spec) {
        Set<String> out = new HashSet<>();
        if (spec != null && spec.isSet("ignore_hosts") && spec.getIgnoreHosts() != null) {
            out.addAll(spec.getIgnoreHosts());
        }
        return out;
    }

    private static List<String> securityGroupNames(RequestSpec spec) {
        List<String> names = new ArrayList<>();
        if (spec != null && spec.isSet("security_groups") && spec.getSecurityGroups() != null) {
            spec.getSecurityGroups().forEach(g -> names.add(String.valueOf(g.isSet("name") ? g.get("name") : "default")));
        }
        return names;
    }

    /** Reschedule alternates: Selection objects (or their primitives) as the compute sent them back. */
    private static List<HostSelection> alternates(Object hostList) {
        List<HostSelection> out = new ArrayList<>();
        if (hostList instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Selection s) {
                    out.add(new HostSelection(s.getServiceHost(), s.getNodename(), s.getComputeNodeUuid()));
                }
            }
        }
        return out;
    }

    private static <T> List<T> objects(RpcArgs args, String name, Class<T> type) {
        List<Object> raw = args.list(name);
        List<T> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (Object o : raw) {
            if (!type.isInstance(o)) {
                throw new RpcArgumentException("argument '" + name + "' must hold " + type.getSimpleName()
                        + " objects, got " + (o == null ? "None" : o.getClass().getSimpleName()));
            }
            out.add(type.cast(o));
        }
        return out;
    }
}
