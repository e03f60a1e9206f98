package org.jnova.api.compute;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
    private static final int MAX_NAME_LENGTH = 255;

    private final ComputeBackend backend;

    @Inject
    public ComputeApi(ComputeBackend backend) {
        this.backend = backend;
    }

    /** A validated create request. {@code imageRef} may be empty (Nova allows boot-from-volume). */
    public record CreateRequest(String name, String flavorRef, String imageRef, Map<String, String> metadata) {
        public CreateRequest {
            if (name == null || name.isBlank()) {
                throw new BadRequest("Invalid input for field/attribute name. Value: " + name
                        + ". name is a required non-empty string");
            }
            if (name.length() > MAX_NAME_LENGTH) {
                throw new BadRequest("Invalid input for field/attribute name: longer than 255 characters");
            }
            if (flavorRef == null || flavorRef.isBlank()) {
                throw new BadRequest("Invalid input for field/attribute flavorRef. flavorRef is a required property");
            }
            imageRef = imageRef == null ? "" : imageRef;
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }

    /** Creates the instance record and asks the conductor to schedule and build it. */
    public Instance create(RequestContext ctx, CreateRequest request) {
        Flavor flavor;
        try {
            flavor = backend.getFlavor(ctx, request.flavorRef());
        } catch (org.jnova.domain.error.NovaException e) {
            if ("FlavorNotFound".equals(e.novaClass())) {
                throw new BadRequest("Invalid flavorRef provided.");
            }
            throw e;
        }
        Instance instance = new Instance();
        instance.set("uuid", UUID.randomUUID().toString());
        instance.set("display_name", request.name());
        instance.set("project_id", ctx.projectId());
        instance.set("user_id", ctx.userId());
        instance.set("image_ref", request.imageRef());
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
        Instance created = backend.createInstance(ctx, instance);
        backend.scheduleAndBuild(ctx, created, flavor, request.imageRef());
        LOG.info("Accepted create of {} ({}) with flavor {} [{}]", created.getUuid(), request.name(),
                flavor.getFlavorId(), ctx.requestId());
        return created;
    }

    public Instance get(RequestContext ctx, String uuid) {
        return backend.getInstance(ctx, uuid);
    }

    /** The project's non-deleted instances (admin sees its own project too: no all_tenants here). */
    public List<Instance> list(RequestContext ctx) {
        return list(ctx, null);
    }

    /**
     * As {@link #list(RequestContext)}, only those with the given API status (Nova's {@code ?status=}):
     * the conductor filters by the vm_states the status can come from, then the exact status is kept.
     * An unknown status matches nothing, as in Nova.
     */
    public List<Instance> list(RequestContext ctx, String status) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("deleted", false);
        filters.put("project_id", ctx.projectId());
        if (status == null) {
            return backend.listInstances(ctx, filters);
        }
        Set<VmState> vmStates = ServerStatus.vmStatesOf(status);
        if (vmStates.isEmpty()) {
            return List.of();
        }
        filters.put("vm_state", vmStates.stream().map(VmState::wireValue).toList());
        return backend.listInstances(ctx, filters).stream()
                .filter(i -> status.equals(ServerStatus.of(i.getVmState(), i.getTaskState())))
                .toList();
    }

    /**
     * start/stop/reboot/pause/unpause/suspend/resume: guard, CAS into the entry task_state, record the
     * action, cast. Throws InstanceInvalidState (409) or UnexpectedTaskStateError (409).
     */
    public Instance act(RequestContext ctx, String uuid, InstanceOperation op) {
        if (op == InstanceOperation.DELETE) {
            throw new IllegalArgumentException("delete goes through ComputeApi.delete");
        }
        Instance instance = backend.getInstance(ctx, uuid);
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
    public void delete(RequestContext ctx, String uuid) {
        Instance instance = backend.getInstance(ctx, uuid);
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
