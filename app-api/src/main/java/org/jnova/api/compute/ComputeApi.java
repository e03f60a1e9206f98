package org.jnova.api.compute;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jnova.api.image.Image;
import org.jnova.api.image.ImageCatalog;
import org.jnova.domain.error.FlavorNotFound;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.instance.InstanceOperation;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compute API's logic, after {@code nova/compute/api.py}: create records the instance through the
 * conductor and hands it to compute_task; lifecycle actions check the state guard table
 * ({@link InstanceOperation}), move task_state with a compare-and-swap save, record the instance action
 * and cast to the instance's host. Nova errors propagate unchanged; the HTTP layer maps them.
 */
public class ComputeApi {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeApi.class);
    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    private final ComputeBackend backend;
    private final ImageCatalog images;

    @Inject
    public ComputeApi(ComputeBackend backend, ImageCatalog images) {
        this.backend = backend;
        this.images = images;
    }

    /**
     * A create request that passed Nova's schema: name, description (display_description), flavorRef, the
     * image to boot ({@code null} never: Nova insists on one), metadata.
     */
    public record CreateRequest(String name, String description, String flavorRef, String imageRef,
                                Map<String, String> metadata) {
        public CreateRequest {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }

    /**
     * Creates the instance record and asks the conductor to schedule and build it. The image must be in
     * the catalog, active, and fit the flavor (Nova's _check_requested_image); a missing flavor or image
     * is a 400 with Nova's message.
     */
    public Instance create(RequestContext ctx, CreateRequest request) {
        Flavor flavor = visibleFlavor(backend, ctx, request.flavorRef());
        Image image = images.get(request.imageRef()).orElseThrow(() -> new BadRequest("Can not find requested image"));
        checkImage(image, flavor);
        Instance instance = new Instance();
        instance.set("uuid", UUID.randomUUID().toString());
        instance.set("display_name", request.name());
        instance.set("display_description", request.description());
        instance.set("hostname", sanitizeHostname(request.name(), "Server-" + instance.getUuid()));
        instance.set("kernel_id", "");
        instance.set("ramdisk_id", "");
        instance.set("project_id", ctx.projectId());
        instance.set("user_id", ctx.userId());
        instance.set("image_ref", image.id());
        instance.set("flavor", flavor);
        instance.set("instance_type_id", flavor.getId());
        instance.set("memory_mb", (long) flavor.getMemoryMb());
        instance.set("vcpus", (long) flavor.getVcpus());
        instance.set("root_gb", (long) flavor.getRootGb());
        instance.set("ephemeral_gb", (long) flavor.getEphemeralGb());
        instance.set("metadata", new LinkedHashMap<>(request.metadata()));
        instance.set("system_metadata", new LinkedHashMap<String, String>());
        instance.setVmState(VmState.BUILDING);
        instance.setTaskState(TaskState.SCHEDULING);
        instance.setPowerState(PowerState.NOSTATE);
        instance.set("launch_index", 0L);
        instance.set("progress", 0L);
        instance.set("reservation_id", "r-" + Long.toString(Math.abs(RANDOM.nextLong()), 36).substring(0, 8));
        Instance created = backend.createInstance(ctx, instance);
        backend.scheduleAndBuild(ctx, created, flavor, imageDict(image));
        LOG.info("Accepted create of {} ({}) with flavor {} [{}]", created.getUuid(), request.name(),
                flavor.getFlavorId(), ctx.requestId());
        return created;
    }

    /**
     * {@code Flavor.get_by_flavor_id(context, id)} as Nova's {@code _flavor_get_query_from_db} filters it: a
     * caller who is not admin sees public flavors only (jnova keeps no flavor access lists), any other is
     * FlavorNotFound, whether shown, listed for extra specs or asked for in a server create.
     */
    public static Flavor visibleFlavor(ComputeBackend backend, RequestContext ctx, String flavorId) {
        Flavor flavor = backend.getFlavor(ctx, flavorId);
        if (!ctx.isAdmin() && !isPublic(flavor)) {
            throw new FlavorNotFound(flavorId);
        }
        return flavor;
    }

    /** A flavor without an is_public value is public, as the column's default. */
    public static boolean isPublic(Flavor flavor) {
        return !(flavor.isSet("is_public") && Boolean.FALSE.equals(flavor.get("is_public")));
    }

    /** {@code utils.sanitize_hostname}. */
    static String sanitizeHostname(String name, String defaultName) {
        String h = new String(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        h = h.length() > 63 ? h.substring(0, 63) : h;
        h = h.replaceAll("[ _.]", "-").replaceAll("[^\\w.-]+", "").toLowerCase(java.util.Locale.ROOT);
        h = h.replaceAll("^[.-]+|[.-]+$", "");
        return h.isEmpty() ? (defaultName.length() > 63 ? defaultName.substring(0, 63) : defaultName) : h;
    }

    private static void checkImage(Image image, Flavor flavor) {
        if (!"active".equals(image.status())) {
            throw new BadRequest("Image " + image.id() + " is not active.");
        }
        if (flavor.getMemoryMb() < image.minRam()) {
            throw new BadRequest("Flavor's memory is too small for requested image.");
        }
        long gib = 1L << 30;
        if (flavor.getRootGb() > 0 && image.minDisk() * gib > flavor.getRootGb() * gib) {
            throw new BadRequest("Flavor's disk is smaller than the minimum size specified in image metadata."
                    + " Flavor disk is " + flavor.getRootGb() * gib + " bytes, minimum size is "
                    + image.minDisk() * gib + " bytes.");
        }
    }

    /** The glance image dict Nova passes alongside a build. */
    private static Map<String, Object> imageDict(Image image) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", image.id());
        d.put("name", image.name());
        d.put("status", image.status());
        d.put("container_format", image.containerFormat());
        d.put("disk_format", image.diskFormat());
        d.put("min_ram", image.minRam());
        d.put("min_disk", image.minDisk());
        d.put("size", image.size());
        d.put("owner", image.owner());
        d.put("properties", new LinkedHashMap<>());
        return d;
    }

    /**
     * {@code compute_api.get} as the caller may see it: another project's instance is InstanceNotFound
     * unless the caller is admin, as Nova's project_only database reads make it.
     */
    public Instance get(RequestContext ctx, String uuid) {
        Instance instance = backend.getInstance(ctx, uuid);
        if (!ctx.isAdmin() && !java.util.Objects.equals(ctx.projectId(), instance.getProjectId())) {
            throw new InstanceNotFound(uuid);
        }
        return instance;
    }

    /** What a server list asks for: a project (null: every project), a status, a name regex. */
    public record ListQuery(String projectId, String status, String name) {
    }

    /** The caller's own project's non-deleted instances. */
    public List<Instance> list(RequestContext ctx) {
        return list(ctx, new ListQuery(ctx.projectId(), null, null));
    }

    /**
     * Non-deleted instances of the query's project (all projects when it is null; the caller checked the
     * all_tenants policy), only those with the given API status (the conductor filters by the vm_states the
     * status can come from, then the exact status is kept; an unknown one matches nothing, as in Nova) and
     * whose name matches the regex (searched, as Nova's database filter does).
     */
    public List<Instance> list(RequestContext ctx, ListQuery query) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("deleted", false);
        if (query.projectId() != null) {
            filters.put("project_id", query.projectId());
        }
        String status = query.status();
        if (status != null) {
            Set<VmState> vmStates = ServerStatus.vmStatesOf(status);
            if (vmStates.isEmpty()) {
                return List.of();
            }
            filters.put("vm_state", vmStates.stream().map(VmState::wireValue).toList());
        }
        java.util.regex.Pattern name;
        try {
            name = query.name() == null ? null : java.util.regex.Pattern.compile(query.name());
        } catch (java.util.regex.PatternSyntaxException e) {
            return List.of();
        }
        return backend.listInstances(ctx, filters).stream()
                .filter(i -> status == null || status.equals(ServerStatus.of(i.getVmState(), i.getTaskState())))
                .filter(i -> name == null || (i.getDisplayName() != null && name.matcher(i.getDisplayName()).find()))
                .toList();
    }

    /**
     * start/stop/reboot/pause/unpause/suspend/resume: guard, CAS into the entry task_state, record the
     * action, cast. Throws InstanceInvalidState (409) or UnexpectedTaskStateError (409).
     */
    public Instance act(RequestContext ctx, Instance instance, InstanceOperation op) {
        if (op == InstanceOperation.DELETE) {
            throw new IllegalArgumentException("delete goes through ComputeApi.delete");
        }
        String uuid = instance.getUuid();
        op.checkAllowed(uuid, instance.getVmState(), instance.getTaskState(), instance.getLaunchedAt() != null);
        instance.setTaskState(op.entryTaskState());
        if (op == InstanceOperation.STOP) {
            instance.set("progress", 0L);
        }
        backend.saveInstance(ctx, instance, op.entryExpectation());
        backend.startAction(ctx, uuid, op.actionName());
        backend.castToCompute(ctx, instance, op);
        return instance;
    }

    /**
     * {@code _delete} (spec §7.2): no host -> local delete; otherwise task_state=deleting saved without an
     * expectation, then terminate_instance if the compute is up (ignored if it was already deleting),
     * else the local delete.
     */
    public void delete(RequestContext ctx, Instance instance) {
        String uuid = instance.getUuid();
        String host = instance.getHost();
        if (host == null || host.isEmpty()) {
            localDelete(ctx, instance);
            return;
        }
        TaskState original = instance.getTaskState();
        instance.setTaskState(TaskState.DELETING);
        instance.set("progress", 0L);
        backend.saveInstance(ctx, instance, null);
        Service compute = backend.findService(ctx, host, "nova-compute");
        if (compute != null && backend.isServiceUp(compute)) {
            if (original == TaskState.DELETING || original == TaskState.SOFT_DELETING) {
                LOG.info("Instance {} is already being deleted; ignoring the request", uuid);
                return;
            }
            backend.startAction(ctx, uuid, InstanceOperation.DELETE.actionName());
            backend.castToCompute(ctx, instance, InstanceOperation.DELETE);
        } else {
            LOG.warn("Compute {} of instance {} is down; deleting locally", host, uuid);
            localDelete(ctx, instance);
        }
    }

    private void localDelete(RequestContext ctx, Instance instance) {
        instance.setVmState(VmState.DELETED);
        instance.setTaskState(null);
        instance.set("terminated_at", Instant.now());
        backend.saveInstance(ctx, instance, null);
        backend.destroyInstance(ctx, instance);
    }
}
