package org.jnova.api.remote;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.instance.InstanceOperation;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.BlockDeviceMappingList;
import org.jnova.domain.objects.BuildRequest;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.ImageMeta;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.RequestSpec;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.RebootType;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.jnova.rpcapi.ComputeRpcClient;
import org.jnova.rpcapi.ComputeTaskRpcClient;
import org.jnova.rpcapi.RemoteObjects;

/**
 * The compute API's backend over RPC, as nova-api works: object calls to the conductor
 * ({@link RemoteObjects}), casts to the instance's compute ({@link ComputeRpcClient}) and the build
 * cast to compute_task ({@link ComputeTaskRpcClient}) with the image dict of jnova's image catalog.
 */
public final class RemoteComputeBackend implements ComputeBackend {
    private final RemoteObjects objects;
    private final ComputeRpcClient compute;
    private final ComputeTaskRpcClient computeTask;
    private final ServiceGroupDriver serviceGroup;

    @Inject
    public RemoteComputeBackend(RemoteObjects objects, ComputeRpcClient compute, ComputeTaskRpcClient computeTask,
                                ServiceGroupDriver serviceGroup) {
        this.objects = objects;
        this.compute = compute;
        this.computeTask = computeTask;
        this.serviceGroup = serviceGroup;
    }

    @Override
    public Instance getInstance(RequestContext ctx, String uuid) {
        return objects.instanceGetByUuid(ctx, uuid);
    }

    @Override
    public List<Instance> listInstances(RequestContext ctx, Map<String, Object> filters) {
        return new ArrayList<>(objects.instanceListGetByFilters(ctx, filters, "created_at", "desc", null, null, null)
                .getObjects());
    }

    @Override
    public Instance createInstance(RequestContext ctx, Instance instance) {
        objects.instanceCreate(ctx, instance);
        return instance;
    }

    @Override
    public void saveInstance(RequestContext ctx, Instance instance, TaskStateSet expectedTaskState) {
        objects.instanceSave(ctx, instance, expectedTaskState);
    }

    @Override
    public void destroyInstance(RequestContext ctx, Instance instance) {
        objects.instanceDestroy(ctx, instance);
    }

    @Override
    public NovaObject latestFault(RequestContext ctx, String instanceUuid) {
        return objects.faultGetLatestForInstance(ctx, instanceUuid);
    }

    @Override
    public Flavor getFlavor(RequestContext ctx, String flavorId) {
        return objects.flavorGetByFlavorId(ctx, flavorId);
    }

    @Override
    public List<Flavor> listFlavors(RequestContext ctx) {
        return new ArrayList<>(objects.flavorListGetAll(ctx).getObjects());
    }

    @Override
    public List<ComputeNode> listComputeNodes(RequestContext ctx) {
        return new ArrayList<>(objects.computeNodeListGetAll(ctx).getObjects());
    }

    @Override
    public List<Service> listServices(RequestContext ctx) {
        return new ArrayList<>(objects.serviceListGetAll(ctx, null).getObjects());
    }

    @Override
    public Service findService(RequestContext ctx, String host, String binary) {
        return objects.serviceGetByHostAndBinary(ctx, host, binary);
    }

    @Override
    public void saveService(RequestContext ctx, Service service) {
        objects.serviceSave(ctx, service);
    }

    @Override
    public boolean isServiceUp(Service service) {
        return serviceGroup.isUp(service);
    }

    @Override
    public NovaObject startAction(RequestContext ctx, String instanceUuid, String action) {
        return objects.actionStartWithResult(ctx, instanceUuid, action);
    }

    @Override
    public List<NovaObject> listActions(RequestContext ctx, String instanceUuid) {
        return new ArrayList<>(objects.actionListGetByInstanceUuid(ctx, instanceUuid).getObjects());
    }

    @Override
    public NovaObject getAction(RequestContext ctx, String instanceUuid, String requestId) {
        return objects.actionGetByRequestId(ctx, instanceUuid, requestId);
    }

    @Override
    public List<NovaObject> listEvents(RequestContext ctx, long actionId) {
        return new ArrayList<>(objects.eventListGetByAction(ctx, actionId).getObjects());
    }

    @Override
    public void castToCompute(RequestContext ctx, Instance instance, InstanceOperation operation) {
        switch (operation) {
            case START -> compute.startInstance(ctx, instance);
            case STOP -> compute.stopInstance(ctx, instance, true, true);
            case REBOOT_SOFT -> compute.rebootInstance(ctx, instance, null, RebootType.SOFT);
            case REBOOT_HARD -> compute.rebootInstance(ctx, instance, null, RebootType.HARD);
            case PAUSE -> compute.pauseInstance(ctx, instance);
            case UNPAUSE -> compute.unpauseInstance(ctx, instance);
            case SUSPEND -> compute.suspendInstance(ctx, instance);
            case RESUME -> compute.resumeInstance(ctx, instance);
            case DELETE -> compute.terminateInstance(ctx, instance, emptyBdms());
        }
    }

    @Override
    public void scheduleAndBuild(RequestContext ctx, Instance instance, Flavor flavor, Map<String, Object> image) {
        BuildRequest build = new BuildRequest();
        build.setInstanceUuid(instance.getUuid());
        build.setProjectId(instance.getProjectId());
        build.setInstance(instance);
        RequestSpec spec = new RequestSpec();
        spec.setInstanceUuid(instance.getUuid());
        spec.setProjectId(instance.getProjectId());
        spec.setUserId(instance.getUserId());
        spec.setFlavor(flavor);
        spec.setNumInstances(1);
        spec.setImage(imageMeta(image));
        spec.set("ignore_hosts", null);
        spec.set("force_hosts", null);
        spec.set("force_nodes", null);
        spec.set("scheduler_hints", new LinkedHashMap<>());
        spec.set("is_bfv", false);
        computeTask.scheduleAndBuildInstances(ctx, List.of(build), List.of(spec), image, null,
                List.of(), null, emptyBdms(), null);
    }

    @Override
    public Flavor createFlavor(RequestContext ctx, Flavor flavor) {
        objects.flavorCreate(ctx, flavor);
        return flavor;
    }

    @Override
    public void destroyFlavor(RequestContext ctx, Flavor flavor) {
        objects.flavorDestroy(ctx, flavor);
    }

    @Override
    public void saveFlavorExtraSpecs(RequestContext ctx, Flavor flavor, Map<String, String> toAdd, List<String> toDelete) {
        objects.flavorSaveExtraSpecs(ctx, flavor, toAdd, toDelete);
    }

    private static BlockDeviceMappingList emptyBdms() {
        BlockDeviceMappingList bdms = new BlockDeviceMappingList();
        bdms.setObjects(List.of());
        return bdms;
    }

    /** {@code ImageMeta.from_dict(image)} for the fields the scheduler and the compute read. */
    private static ImageMeta imageMeta(Map<String, Object> image) {
        ImageMeta meta = new ImageMeta();
        meta.set("id", image.get("id"));
        meta.set("name", image.get("name"));
        meta.set("status", image.get("status"));
        meta.set("container_format", image.get("container_format"));
        meta.set("disk_format", image.get("disk_format"));
        meta.set("min_ram", ((Number) image.get("min_ram")).longValue());
        meta.set("min_disk", ((Number) image.get("min_disk")).longValue());
        return meta;
    }
}
