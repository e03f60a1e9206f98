package org.jnova.api.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.instance.InstanceOperation;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;

/** A recording, in-memory stand-in for the conductor and computes, for API unit tests. */
public class InMemoryBackend implements ComputeBackend {
    public final Map<String, Instance> instances = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    public final List<Service> services = new ArrayList<>();
    public final List<Service> savedServices = new ArrayList<>();
    public final List<ComputeNode> computeNodes = new ArrayList<>();
    public boolean computeUp = true;
    private long nextId = 1;

    public InMemoryBackend() {
        Flavor tiny = flavor(1, "m1.tiny", 512, 1, 1);
        flavors.put("1", tiny);
        flavors.put("2", flavor(2, "m1.small", 2048, 1, 20));
    }

    public final Map<String, Flavor> flavors = new LinkedHashMap<>();

    private static Flavor flavor(long id, String name, int ram, int vcpus, int disk) {
        Flavor f = new Flavor();
        f.set("id", id);
        f.set("name", name);
        f.set("memory_mb", (long) ram);
        f.set("vcpus", (long) vcpus);
        f.set("root_gb", (long) disk);
        f.set("ephemeral_gb", 0L);
        f.set("flavorid", String.valueOf(id));
        f.set("swap", 0L);
        f.resetChanges();
        return f;
    }

    /** An enabled nova-compute on cmp1 (id 2), not yet added to the backend. */
    public static Service computeOnCmp1() {
        Service compute = new Service();
        compute.set("id", 2L);
        compute.set("host", "cmp1");
        compute.set("binary", "nova-compute");
        compute.set("disabled", false);
        return compute;
    }

    /** Puts an instance as the compute would leave it after a build on {@code host}. */
    public Instance addActive(String uuid, String host) {
        Instance i = new Instance();
        i.set("id", nextId++);
        i.set("uuid", uuid);
        i.set("display_name", "vm-" + uuid.substring(0, 4));
        i.set("project_id", "admin");
        i.set("user_id", "admin");
        i.set("vm_state", "active");
        i.set("task_state", null);
        i.set("power_state", 1L);
        i.set("host", host);
        i.set("launched_at", Instant.parse("2026-01-01T00:00:00Z"));
        i.set("created_at", Instant.parse("2026-01-01T00:00:00Z"));
        i.set("flavor", flavors.get("1"));
        i.resetChanges();
        instances.put(uuid, i);
        return i;
    }

    @Override
    public Instance getInstance(RequestContext ctx, String uuid) {
        Instance i = instances.get(uuid);
        if (i == null) {
            throw new InstanceNotFound(uuid);
        }
        return (Instance) i.copy();
    }

    @Override
    public List<Instance> listInstances(RequestContext ctx, Map<String, Object> filters) {
        calls.add("list " + filters);
        Object project = filters.get("project_id");
        return instances.values().stream().filter(i -> project == null || project.equals(i.getProjectId()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    @Override
    public Instance createInstance(RequestContext ctx, Instance instance) {
        instance.set("id", nextId++);
        instance.set("created_at", Instant.now());
        instance.resetChanges();
        instances.put(instance.getUuid(), instance);
        calls.add("create " + instance.getUuid());
        return instance;
    }

    @Override
    public void saveInstance(RequestContext ctx, Instance instance, TaskStateSet expected) {
        Instance stored = instances.get(instance.getUuid());
        if (expected != null && !expected.contains(stored.getTaskState())) {
            throw new NovaException("Conflict updating instance " + instance.getUuid(), 500,
                    Map.of("instance_uuid", instance.getUuid())) {
                @Override
                public String novaClass() {
                    return "UnexpectedTaskStateError";
                }
            };
        }
        for (String f : instance.whatChanged()) {
            stored.set(f, instance.get(f));
        }
        calls.add("save task_state=" + instance.getTaskState() + " expected=" + expected);
    }

    @Override
    public void destroyInstance(RequestContext ctx, Instance instance) {
        instances.remove(instance.getUuid());
        calls.add("destroy " + instance.getUuid() + " vm_state=" + instance.getVmState());
    }

    @Override
    public NovaObject latestFault(RequestContext ctx, String instanceUuid) {
        return null;
    }

    @Override
    public Flavor getFlavor(RequestContext ctx, String flavorId) {
        Flavor f = flavors.get(flavorId);
        if (f == null) {
            throw new NovaException("Flavor " + flavorId + " could not be found.", 404, Map.of("flavor_id", flavorId)) {
                @Override
                public String novaClass() {
                    return "FlavorNotFound";
                }
            };
        }
        return f;
    }

    @Override
    public List<Flavor> listFlavors(RequestContext ctx) {
        return new ArrayList<>(flavors.values());
    }

    @Override
    public List<ComputeNode> listComputeNodes(RequestContext ctx) {
        return computeNodes;
    }

    @Override
    public List<Service> listServices(RequestContext ctx) {
        return services;
    }

    @Override
    public void saveService(RequestContext ctx, Service service) {
        savedServices.add(service);
    }

    @Override
    public Service findService(RequestContext ctx, String host, String binary) {
        for (Service known : services) {
            if (host.equals(known.getHost()) && binary.equals(known.getBinary())) {
                return known;
            }
        }
        // any other host answers as an up compute, so instance operations can be cast anywhere
        Service s = new Service();
        s.set("host", host);
        s.set("binary", binary);
        return s;
    }

    @Override
    public boolean isServiceUp(Service service) {
        return computeUp;
    }

    @Override
    public NovaObject startAction(RequestContext ctx, String instanceUuid, String action) {
        calls.add("action " + action + " " + ctx.requestId());
        return null;
    }

    @Override
    public List<NovaObject> listActions(RequestContext ctx, String instanceUuid) {
        return List.of();
    }

    @Override
    public NovaObject getAction(RequestContext ctx, String instanceUuid, String requestId) {
        return null;
    }

    @Override
    public List<NovaObject> listEvents(RequestContext ctx, long actionId) {
        return List.of();
    }

    @Override
    public void castToCompute(RequestContext ctx, Instance instance, InstanceOperation operation) {
        calls.add("cast " + operation + " to " + instance.getHost());
    }

    @Override
    public void scheduleAndBuild(RequestContext ctx, Instance instance, Flavor flavor, Map<String, Object> image) {
        calls.add("schedule " + instance.getUuid() + " flavor " + flavor.getFlavorId() + " image " + image.get("id"));
    }

    @Override
    public Flavor createFlavor(RequestContext ctx, Flavor flavor) {
        flavor.set("id", nextId++);
        flavors.put(flavor.getFlavorId(), flavor);
        calls.add("flavor create " + flavor.getFlavorId());
        return flavor;
    }

    @Override
    public void destroyFlavor(RequestContext ctx, Flavor flavor) {
        flavors.remove(flavor.getFlavorId());
        calls.add("flavor destroy " + flavor.getFlavorId());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void saveFlavorExtraSpecs(RequestContext ctx, Flavor flavor, Map<String, String> toAdd, List<String> toDelete) {
        Map<String, String> specs = new LinkedHashMap<>(flavor.isSet("extra_specs")
                ? (Map<String, String>) flavor.get("extra_specs") : Map.of());
        specs.putAll(toAdd);
        toDelete.forEach(specs::remove);
        flavor.set("extra_specs", specs);
        calls.add("flavor extra specs " + flavor.getFlavorId() + " " + specs);
    }
}
