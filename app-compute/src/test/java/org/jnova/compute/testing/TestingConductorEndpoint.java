package org.jnova.compute.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jnova.compute.objects.FaultRecord;
import org.jnova.domain.error.ComputeHostNotFound;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceFault;
import org.jnova.domain.objects.InstanceList;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.Service;
import org.jnova.domain.objects.ServiceList;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcArgs;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;

/**
 * A conductor's object-call endpoint (version 3.0) answering exactly the calls nova-compute makes,
 * backed by a {@link TestingComputeObjects} for instances, events and faults plus maps for services and
 * compute nodes. Arguments are bound the way Python binds them: positional {@code args}, then kwargs.
 */
public final class TestingConductorEndpoint implements RpcEndpoint {
    public final TestingComputeObjects objects;
    public final Map<String, Service> services = new ConcurrentHashMap<>();
    public final Map<String, ComputeNode> computeNodes = new ConcurrentHashMap<>();
    // Copy-on-write: tests iterate it while the compute's periodic tasks still add calls.
    public final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);

    public TestingConductorEndpoint(TestingComputeObjects objects) {
        this.objects = objects;
    }

    @Override
    public Target target() {
        return Target.endpoint(null, "3.0");
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return Map.of("object_class_action_versions", this::classAction, "object_action", this::objectAction);
    }

    private static Object arg(RpcArgs args, int position, String name) {
        List<Object> positional = args.list("args");
        if (positional != null && positional.size() > position) {
            return positional.get(position);
        }
        Map<String, Object> kw = args.dict("kwargs");
        return kw == null ? null : kw.get(name);
    }

    private Object classAction(RequestContext ctx, RpcArgs args) {
        String call = args.requiredString("objname") + "." + args.requiredString("objmethod");
        calls.add(call);
        return switch (call) {
            case "Service.get_by_host_and_binary" -> services.get(arg(args, 0, "host") + "/" + arg(args, 1, "binary"));
            case "Service.get_minimum_version" -> services.values().stream()
                    .filter(s -> arg(args, 0, "binary").equals(s.getBinary()))
                    .mapToLong(Service::getVersion).min().orElse(0L);
            case "ServiceList.get_by_topic" -> {
                ServiceList list = new ServiceList();
                list.setObjects(services.values().stream().filter(s -> arg(args, 0, "topic").equals(s.getTopic())).toList());
                yield list;
            }
            case "Instance.get_by_uuid" -> objects.getInstance(ctx, (String) arg(args, 0, "uuid"));
            case "InstanceList.get_by_host" -> {
                InstanceList list = new InstanceList();
                list.setObjects(objects.instancesOnHost(ctx, (String) arg(args, 0, "host")));
                yield list;
            }
            case "InstanceAction.action_start" -> {
                objects.actionStart(ctx, (String) arg(args, 0, "instance_uuid"), (String) arg(args, 1, "action_name"));
                yield null;
            }
            case "InstanceActionEvent.event_start" -> {
                objects.eventStart(ctx, (String) arg(args, 0, "instance_uuid"), (String) arg(args, 1, "event_name"),
                        (String) arg(args, 3, "host"));
                yield null;
            }
            case "InstanceActionEvent.event_finish_with_failure" -> {
                objects.eventFinish(ctx, (String) arg(args, 0, "instance_uuid"), (String) arg(args, 1, "event_name"),
                        (String) arg(args, 2, "exc_val"), (String) arg(args, 3, "exc_tb"));
                yield null;
            }
            case "ComputeNode.get_by_host_and_nodename" -> {
                ComputeNode node = computeNodes.get((String) arg(args, 1, "nodename"));
                if (node == null) {
                    throw new ComputeHostNotFound((String) arg(args, 0, "host"));
                }
                yield node;
            }
            default -> throw new IllegalArgumentException("testing conductor does not serve " + call);
        };
    }

    private Object objectAction(RequestContext ctx, RpcArgs args) {
        NovaObject obj = args.object("objinst", NovaObject.class);
        String call = obj.objName() + "." + args.requiredString("objmethod");
        calls.add(call);
        Map<String, Object> kwargs = args.dict("kwargs") == null ? Map.of() : args.dict("kwargs");
        switch (call) {
            case "Service.create" -> {
                obj.set("id", ids.incrementAndGet());
                storeService((Service) obj);
            }
            case "Service.save" -> storeService((Service) obj);
            case "Instance.save" -> objects.save(ctx, (Instance) obj, kwargs.containsKey("expected_task_state")
                    ? TaskStateSet.fromWire(kwargs.get("expected_task_state")) : null);
            case "Instance.refresh" -> objects.refresh(ctx, (Instance) obj);
            case "Instance.destroy" -> objects.destroy(ctx, (Instance) obj);
            case "InstanceFault.create" -> {
                InstanceFault f = (InstanceFault) obj;
                objects.createFault(ctx, new FaultRecord(f.getInstanceUuid(), f.getHost(), f.getCode().intValue(),
                        f.getMessage(), f.getDetails()));
            }
            case "ComputeNode.create", "ComputeNode.save" -> {
                if (!obj.isSet("id")) {
                    obj.set("id", ids.incrementAndGet());
                }
                ComputeNode node = (ComputeNode) obj;
                node.resetChanges();
                computeNodes.put(node.getHypervisorHostname(), node);
            }
            default -> throw new IllegalArgumentException("testing conductor does not serve " + call);
        }
        obj.resetChanges();
        @SuppressWarnings("unchecked")
        Map<String, Object> updates = new LinkedHashMap<>((Map<String, Object>) obj.toPrimitive().get(NovaObject.DATA_KEY));
        updates.put("obj_what_changed", List.of());
        List<Object> reply = new ArrayList<>();
        reply.add(updates);
        reply.add(null);
        return reply;
    }

    private void storeService(Service s) {
        s.resetChanges();
        services.put(s.getHost() + "/" + s.getBinary(), s);
    }
}
