package org.jnova.rpcapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.ComputeNodeList;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.FlavorList;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceAction;
import org.jnova.domain.objects.InstanceActionEvent;
import org.jnova.domain.objects.InstanceActionEventList;
import org.jnova.domain.objects.InstanceActionList;
import org.jnova.domain.objects.InstanceFault;
import org.jnova.domain.objects.InstanceList;
import org.jnova.domain.objects.Service;
import org.jnova.domain.objects.ServiceList;
import org.jnova.domain.rpc.RequestContext;

/**
 * Typed access to the conductor's object calls (the jnova object-call contract): each method sends
 * exactly what Nova's remotable method would, positional arguments in {@code args} and keywords in
 * {@code kwargs}, and returns the typed result. Instance methods ({@code create}, {@code save} ...)
 * update the object in place with the conductor's answer. Nova errors arrive as their Java class,
 * e.g. {@link org.jnova.domain.error.InstanceNotFound}.
 */
public final class RemoteObjects {
    private final ConductorRpcClient conductor;

    public RemoteObjects(ConductorRpcClient conductor) {
        this.conductor = conductor;
    }

    // -- Instance ------------------------------------------------------------------------------

    public Instance instanceGetByUuid(RequestContext ctx, String uuid) {
        return instanceGetByUuid(ctx, uuid, null);
    }

    /** {@code Instance.get_by_uuid(uuid, expected_attrs=...)}; InstanceNotFound if there is none. */
    public Instance instanceGetByUuid(RequestContext ctx, String uuid, List<String> expectedAttrs) {
        Map<String, Object> kw = new LinkedHashMap<>();
        if (expectedAttrs != null) {
            kw.put("expected_attrs", expectedAttrs);
        }
        return typed(Instance.class, classAction(ctx, "Instance", "get_by_uuid", kw, uuid));
    }

    public void instanceCreate(RequestContext ctx, Instance instance) {
        conductor.objectAction(ctx, instance, "create", List.of(), Map.of());
    }

    /** {@code instance.save(expected_task_state=...)}; a null expectation is not passed. */
    public void instanceSave(RequestContext ctx, Instance instance, TaskStateSet expectedTaskState) {
        instanceSave(ctx, instance, null, expectedTaskState);
    }

    /**
     * {@code instance.save(expected_vm_state=..., expected_task_state=...)}: null means not passed; a
     * mismatch raises UnexpectedTaskStateError (or another conflict error) from the conductor.
     */
    public void instanceSave(RequestContext ctx, Instance instance, List<VmState> expectedVmState,
                             TaskStateSet expectedTaskState) {
        Map<String, Object> kw = new LinkedHashMap<>();
        if (expectedVmState != null) {
            List<String> states = new ArrayList<>();
            for (VmState s : expectedVmState) {
                states.add(s == null ? null : s.wireValue());
            }
            kw.put("expected_vm_state", states);
        }
        if (expectedTaskState != null) {
            kw.put("expected_task_state", expectedTaskState.toWire());
        }
        conductor.objectAction(ctx, instance, "save", List.of(), kw);
    }

    public void instanceRefresh(RequestContext ctx, Instance instance) {
        conductor.objectAction(ctx, instance, "refresh", List.of(), Map.of());
    }

    public void instanceDestroy(RequestContext ctx, Instance instance) {
        conductor.objectAction(ctx, instance, "destroy", List.of(), Map.of());
    }

    /** {@code InstanceList.get_by_host(host, expected_attrs=...)}. */
    public InstanceList instanceListGetByHost(RequestContext ctx, String host, List<String> expectedAttrs) {
        Map<String, Object> kw = new LinkedHashMap<>();
        if (expectedAttrs != null) {
            kw.put("expected_attrs", expectedAttrs);
        }
        return typed(InstanceList.class, classAction(ctx, "InstanceList", "get_by_host", kw, host));
    }

    /**
     * {@code InstanceList.get_by_filters(filters, sort_key, sort_dir, limit=, marker=, expected_attrs=)};
     * filters used: deleted, project_id, host, uuid (list), vm_state. Null options are not passed.
     */
    public InstanceList instanceListGetByFilters(RequestContext ctx, Map<String, ?> filters, String sortKey,
                                                 String sortDir, Integer limit, String marker,
                                                 List<String> expectedAttrs) {
        Map<String, Object> kw = new LinkedHashMap<>();
        putIfSet(kw, "sort_key", sortKey);
        putIfSet(kw, "sort_dir", sortDir);
        putIfSet(kw, "limit", limit);
        putIfSet(kw, "marker", marker);
        putIfSet(kw, "expected_attrs", expectedAttrs);
        return typed(InstanceList.class, classAction(ctx, "InstanceList", "get_by_filters", kw,
                filters));
    }

    // -- Service -------------------------------------------------------------------------------

    /** {@code Service.get_by_host_and_binary(host, binary)}: the record, or null if there is none. */
    public Service serviceGetByHostAndBinary(RequestContext ctx, String host, String binary) {
        return typed(Service.class, classAction(ctx, "Service", "get_by_host_and_binary", Map.of(), host, binary));
    }

    /** {@code Service.get_minimum_version(binary)}: 0 when there is no such service. */
    public int serviceGetMinimumVersion(RequestContext ctx, String binary) {
        Object v = classAction(ctx, "Service", "get_minimum_version", Map.of(), binary);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Number n)) {
            throw new IllegalStateException("Service.get_minimum_version returned " + v + ", expected an integer");
        }
        return n.intValue();
    }

    public void serviceCreate(RequestContext ctx, Service service) {
        conductor.objectAction(ctx, service, "create", List.of(), Map.of());
    }

    public void serviceSave(RequestContext ctx, Service service) {
        conductor.objectAction(ctx, service, "save", List.of(), Map.of());
    }

    /** {@code ServiceList.get_all(disabled=...)}; null = all. */
    public ServiceList serviceListGetAll(RequestContext ctx, Boolean disabled) {
        Map<String, Object> kw = new LinkedHashMap<>();
        putIfSet(kw, "disabled", disabled);
        return typed(ServiceList.class, classAction(ctx, "ServiceList", "get_all", kw));
    }

    public ServiceList serviceListGetByTopic(RequestContext ctx, String topic) {
        return typed(ServiceList.class, classAction(ctx, "ServiceList", "get_by_topic", Map.of(), topic));
    }

    // -- Instance actions and events --------------------------------------------------------------

    /** {@code InstanceAction.action_start(uuid, action, want_result=False)}, as the compute API records actions. */
    public void actionStart(RequestContext ctx, String instanceUuid, String actionName) {
        classAction(ctx, "InstanceAction", "action_start", Map.of("want_result", false), instanceUuid, actionName);
    }

    /** {@code action_start(..., want_result=True)}: returns the new action. */
    public InstanceAction actionStartWithResult(RequestContext ctx, String instanceUuid, String actionName) {
        return typed(InstanceAction.class, classAction(ctx, "InstanceAction", "action_start",
                Map.of("want_result", true), instanceUuid, actionName));
    }

    /** {@code InstanceAction.get_by_request_id(uuid, request_id)}: the action, or null. */
    public InstanceAction actionGetByRequestId(RequestContext ctx, String instanceUuid, String requestId) {
        return typed(InstanceAction.class, classAction(ctx, "InstanceAction", "get_by_request_id", Map.of(),
                instanceUuid, requestId));
    }

    public InstanceActionList actionListGetByInstanceUuid(RequestContext ctx, String instanceUuid) {
        return typed(InstanceActionList.class, classAction(ctx, "InstanceActionList", "get_by_instance_uuid",
                Map.of(), instanceUuid));
    }

    public InstanceActionEventList eventListGetByAction(RequestContext ctx, long actionId) {
        return typed(InstanceActionEventList.class, classAction(ctx, "InstanceActionEventList", "get_by_action",
                Map.of(), actionId));
    }

    /** {@code InstanceActionEvent.event_start(uuid, event, want_result=False, host=host)}, as EventReporter does. */
    public void eventStart(RequestContext ctx, String instanceUuid, String eventName, String host) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("want_result", false);
        kw.put("host", host);
        classAction(ctx, "InstanceActionEvent", "event_start", kw, instanceUuid, eventName);
    }

    /**
     * {@code event_finish_with_failure(uuid, event, exc_val=, exc_tb=, want_result=False)}: with a null
     * traceback the event finishes as Success, otherwise as Error with the message and traceback.
     */
    public void eventFinishWithFailure(RequestContext ctx, String instanceUuid, String eventName, String excVal,
                                       String excTb) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("exc_val", excVal);
        kw.put("exc_tb", excTb);
        kw.put("want_result", false);
        classAction(ctx, "InstanceActionEvent", "event_finish_with_failure", kw, instanceUuid, eventName);
    }

    public void eventFinish(RequestContext ctx, String instanceUuid, String eventName) {
        classAction(ctx, "InstanceActionEvent", "event_finish", Map.of("want_result", false), instanceUuid,
                eventName);
    }

    // -- Faults --------------------------------------------------------------------------------

    public void faultCreate(RequestContext ctx, InstanceFault fault) {
        conductor.objectAction(ctx, fault, "create", List.of(), Map.of());
    }

    /** {@code InstanceFault.get_latest_for_instance(uuid)}: the newest fault, or null. */
    public InstanceFault faultGetLatestForInstance(RequestContext ctx, String instanceUuid) {
        return typed(InstanceFault.class, classAction(ctx, "InstanceFault", "get_latest_for_instance", Map.of(),
                instanceUuid));
    }

    // -- Compute nodes -------------------------------------------------------------------------

    /** {@code ComputeNode.get_by_host_and_nodename}: ComputeHostNotFound if there is none. */
    public ComputeNode computeNodeGetByHostAndNodename(RequestContext ctx, String host, String nodename) {
        return typed(ComputeNode.class, classAction(ctx, "ComputeNode", "get_by_host_and_nodename", Map.of(),
                host, nodename));
    }

    public void computeNodeCreate(RequestContext ctx, ComputeNode node) {
        conductor.objectAction(ctx, node, "create", List.of(), Map.of());
    }

    public void computeNodeSave(RequestContext ctx, ComputeNode node) {
        conductor.objectAction(ctx, node, "save", List.of(), Map.of());
    }

    public ComputeNodeList computeNodeListGetAll(RequestContext ctx) {
        return typed(ComputeNodeList.class, classAction(ctx, "ComputeNodeList", "get_all", Map.of()));
    }

    public ComputeNodeList computeNodeListGetAllByHost(RequestContext ctx, String host) {
        return typed(ComputeNodeList.class, classAction(ctx, "ComputeNodeList", "get_all_by_host", Map.of(), host));
    }

    // -- Flavors -------------------------------------------------------------------------------

    /** {@code Flavor.get_by_flavor_id(flavorid)}: FlavorNotFound if there is none. */
    public Flavor flavorGetByFlavorId(RequestContext ctx, String flavorId) {
        return typed(Flavor.class, classAction(ctx, "Flavor", "get_by_flavor_id", Map.of(), flavorId));
    }

    /** {@code FlavorList.get_all()} with Nova's defaults (active flavors, by flavorid ascending). */
    public FlavorList flavorListGetAll(RequestContext ctx) {
        return typed(FlavorList.class, classAction(ctx, "FlavorList", "get_all", Map.of()));
    }

    /** {@code flavor.create()}: the conductor's answer sets id, created_at... on the flavor. */
    public void flavorCreate(RequestContext ctx, Flavor flavor) {
        conductor.objectAction(ctx, flavor, "create", List.of(), Map.of());
    }

    /** {@code flavor.destroy()}. */
    public void flavorDestroy(RequestContext ctx, Flavor flavor) {
        conductor.objectAction(ctx, flavor, "destroy", List.of(), Map.of());
    }

    /** {@code flavor.save_extra_specs(to_add=..., to_delete=...)}. */
    public void flavorSaveExtraSpecs(RequestContext ctx, Flavor flavor, Map<String, String> toAdd,
                                     List<String> toDelete) {
        Map<String, Object> kw = new java.util.LinkedHashMap<>();
        kw.put("to_add", toAdd);
        kw.put("to_delete", toDelete);
        conductor.objectAction(ctx, flavor, "save_extra_specs", List.of(), kw);
    }

    // ------------------------------------------------------------------------------------------

    private Object classAction(RequestContext ctx, String objname, String objmethod, Map<String, ?> kwargs,
                               Object... args) {
        return conductor.objectClassAction(ctx, objname, objmethod, Arrays.asList(args), kwargs);
    }

    private static void putIfSet(Map<String, Object> kw, String name, Object value) {
        if (value != null) {
            kw.put(name, value);
        }
    }

    private static <T> T typed(Class<T> type, Object result) {
        if (result == null) {
            return null;
        }
        if (!type.isInstance(result)) {
            throw new IllegalStateException("the conductor returned " + describe(result) + " where a "
                    + type.getSimpleName() + " was expected");
        }
        return type.cast(result);
    }

    private static String describe(Object o) {
        return o instanceof org.jnova.domain.objects.NovaObject n ? n.objName() : o.getClass().getSimpleName();
    }
}
