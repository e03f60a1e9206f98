package org.jnova.compute.conductor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jnova.compute.objects.ComputeNodeFigures;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.objects.FaultRecord;
import org.jnova.compute.ops.NovaErrors;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceFault;
import org.jnova.domain.objects.InstanceList;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.rpcapi.RemoteObjects;

/** {@link ComputeObjects} as conductor calls, exactly the object-call contract Nova's compute uses. */
public final class RemoteComputeObjects implements ComputeObjects {
    /** What {@code init_host} and the power-state sync need loaded with each instance. */
    static final List<String> HOST_INSTANCE_ATTRS = List.of("metadata", "system_metadata", "flavor");

    private final RemoteObjects remote;

    public RemoteComputeObjects(RemoteObjects remote) {
        this.remote = remote;
    }

    @Override
    public Instance getInstance(RequestContext context, String uuid) {
        return remote.instanceGetByUuid(context, uuid, HOST_INSTANCE_ATTRS);
    }

    @Override
    public List<Instance> instancesOnHost(RequestContext context, String host) {
        InstanceList list = remote.instanceListGetByHost(context, host, HOST_INSTANCE_ATTRS);
        return list == null ? List.of() : List.copyOf(list.getObjects());
    }

    @Override
    public void save(RequestContext context, Instance instance, TaskStateSet expected) {
        remote.instanceSave(context, instance, expected);
    }

    @Override
    public void refresh(RequestContext context, Instance instance) {
        remote.instanceRefresh(context, instance);
    }

    @Override
    public void destroy(RequestContext context, Instance instance) {
        remote.instanceDestroy(context, instance);
    }

    @Override
    public void actionStart(RequestContext context, String instanceUuid, String action) {
        remote.actionStart(context, instanceUuid, action);
    }

    @Override
    public void eventStart(RequestContext context, String instanceUuid, String eventName, String host) {
        remote.eventStart(context, instanceUuid, eventName, host);
    }

    @Override
    public void eventFinish(RequestContext context, String instanceUuid, String eventName, String excVal,
                            String excTb) {
        remote.eventFinishWithFailure(context, instanceUuid, eventName, excVal, excTb);
    }

    @Override
    public void createFault(RequestContext context, FaultRecord fault) {
        InstanceFault f = new InstanceFault();
        f.setInstanceUuid(fault.instanceUuid());
        f.setCode(fault.code());
        f.setMessage(fault.message());
        f.setDetails(fault.details());
        f.setHost(fault.host());
        remote.faultCreate(context, f);
    }

    @Override
    public String updateComputeNode(RequestContext context, ComputeNodeFigures figures) {
        ComputeNode node;
        try {
            node = remote.computeNodeGetByHostAndNodename(context, figures.host(), figures.nodename());
        } catch (RuntimeException e) {
            if (!"ComputeHostNotFound".equals(NovaErrors.novaClass(e))) {
                throw e;
            }
            node = null;
        }
        boolean create = node == null;
        if (create) {
            node = new ComputeNode();
        }
        for (Map.Entry<String, Object> f : figures.fields().entrySet()) {
            boolean ratio = f.getKey().endsWith("_allocation_ratio");
            // allocation ratios are operator data once the node exists; only a new node gets the defaults
            if (node.schema().hasField(f.getKey()) && (create || !ratio)
                    && !Objects.equals(node.isSet(f.getKey()) ? node.get(f.getKey()) : null,
                    normalise(f.getValue()))) {
                node.set(f.getKey(), f.getValue());
            }
        }
        if (create) {
            remote.computeNodeCreate(context, node);
        } else if (!node.whatChanged().isEmpty()) {
            remote.computeNodeSave(context, node);
        }
        return node.getUuid();
    }

    /** Field values as the object stores them (integers as Long), so unchanged figures are not re-saved. */
    private static Object normalise(Object v) {
        return v instanceof Integer i ? Long.valueOf(i) : v;
    }
}
