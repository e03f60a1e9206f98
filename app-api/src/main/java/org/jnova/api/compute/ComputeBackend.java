package org.jnova.api.compute;

import java.util.List;
import java.util.Map;
import org.jnova.domain.instance.InstanceOperation;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;

/**
 * What the compute API needs from the rest of the control plane: the conductor's object calls, the
 * casts to computes and the conductor's compute_task, and service liveness. The production
 * implementation goes over RPC ({@code org.jnova.api.remote}); tests use an in-memory one.
 * Nova errors ({@code InstanceNotFound}, {@code UnexpectedTaskStateError}, ...) pass through unchanged.
 */
public interface ComputeBackend {
    /** {@code Instance.get_by_uuid(uuid)}; throws InstanceNotFound. */
    Instance getInstance(RequestContext ctx, String uuid);

    /** {@code InstanceList.get_by_filters(filters)}, newest first. */
    List<Instance> listInstances(RequestContext ctx, Map<String, Object> filters);

    /** {@code instance.create()}: the instance comes back with id and timestamps. */
    Instance createInstance(RequestContext ctx, Instance instance);

    /** {@code instance.save(expected_task_state=...)}; a null expectation is not passed at all. */
    void saveInstance(RequestContext ctx, Instance instance, TaskStateSet expectedTaskState);

    /** {@code instance.destroy()}. */
    void destroyInstance(RequestContext ctx, Instance instance);

    /** {@code InstanceFault.get_latest_for_instance(uuid)}; null when there is none. */
    NovaObject latestFault(RequestContext ctx, String instanceUuid);

    /** {@code Flavor.get_by_flavor_id(flavorid)}; throws FlavorNotFound. */
    Flavor getFlavor(RequestContext ctx, String flavorId);

    /** {@code FlavorList.get_all()}. */
    List<Flavor> listFlavors(RequestContext ctx);

    /** {@code ComputeNodeList.get_all()}. */
    List<ComputeNode> listComputeNodes(RequestContext ctx);

    /** {@code ServiceList.get_all()}. */
    List<Service> listServices(RequestContext ctx);

    /** {@code Service.save()}: writes the changed fields (the API changes disabled and disabled_reason). */
    void saveService(RequestContext ctx, Service service);

    /** {@code Service.get_by_host_and_binary(host, binary)}; null when there is no record. */
    Service findService(RequestContext ctx, String host, String binary);

    /** {@code servicegroup_api.service_is_up(service)}. */
    boolean isServiceUp(Service service);

    /** {@code InstanceAction.action_start(ctx, uuid, action)} with the request's context. */
    NovaObject startAction(RequestContext ctx, String instanceUuid, String action);

    /** {@code InstanceActionList.get_by_instance_uuid(uuid)}, newest first. */
    List<NovaObject> listActions(RequestContext ctx, String instanceUuid);

    /** {@code InstanceAction.get_by_request_id(uuid, request_id)}; null when there is none. */
    NovaObject getAction(RequestContext ctx, String instanceUuid, String requestId);

    /** {@code InstanceActionEventList.get_by_action(action_id)}. */
    List<NovaObject> listEvents(RequestContext ctx, long actionId);

    /**
     * Casts the operation's compute RPC method to {@code instance.host} ({@code terminate_instance} for
     * delete, {@code reboot_instance} with the reboot type of the operation).
     */
    void castToCompute(RequestContext ctx, Instance instance, InstanceOperation operation);

    /** {@code compute_task schedule_and_build_instances} for one new instance booting the given glance image dict. */
    void scheduleAndBuild(RequestContext ctx, Instance instance, Flavor flavor, Map<String, Object> image);

    /** {@code flavor.create()}: the flavor comes back with its id; FlavorExists / FlavorIdExists when taken. */
    Flavor createFlavor(RequestContext ctx, Flavor flavor);

    /** {@code flavor.destroy()}; FlavorNotFound when it is gone. */
    void destroyFlavor(RequestContext ctx, Flavor flavor);

    /** {@code flavor.save_extra_specs(to_add, to_delete)}. */
    void saveFlavorExtraSpecs(RequestContext ctx, Flavor flavor, Map<String, String> toAdd, List<String> toDelete);
}
