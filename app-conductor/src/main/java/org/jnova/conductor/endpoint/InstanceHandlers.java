package org.jnova.conductor.endpoint;

import java.util.List;
import java.util.function.Consumer;
import org.jnova.domain.error.ObjectActionError;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceList;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.persistence.InstanceFaultRepository;
import org.jnova.ports.persistence.InstanceQuery;
import org.jnova.ports.persistence.InstanceRepository;
import org.jnova.ports.persistence.StateExpectation;

/**
 * Instance and InstanceList remotable methods ({@code nova/objects/instance.py}). A destroyed instance, and
 * one whose save takes it off its host other than for a reschedule (a failed build), gives its Placement
 * allocations back, as Nova's compute does with {@code delete_allocation_for_instance} at those points.
 */
public final class InstanceHandlers {
    private final InstanceRepository instances;
    private final InstanceFaultRepository faults;
    private final Consumer<String> releaseAllocations;

    public InstanceHandlers(InstanceRepository instances, InstanceFaultRepository faults,
                            Consumer<String> releaseAllocations) {
        this.instances = instances;
        this.faults = faults;
        this.releaseAllocations = releaseAllocations;
    }

    public void register(ObjectMethods table) {
        table.classMethod("Instance", PySignature.of("get_by_uuid", "uuid", "expected_attrs=", "use_slave="),
                (ctx, a) -> withAttrs(instances.getByUuid(a.requiredString("uuid")), a.strings("expected_attrs")));
        table.instanceMethod("Instance", Instance.class, PySignature.of("create"), this::create);
        table.instanceMethod("Instance", Instance.class,
                PySignature.of("save", "expected_vm_state=", "expected_task_state=", "admin_state_reset="),
                this::save);
        table.instanceMethod("Instance", Instance.class, PySignature.of("refresh", "use_slave="), this::refresh);
        table.instanceMethod("Instance", Instance.class, PySignature.of("destroy", "hard_delete="), this::destroy);
        table.classMethod("InstanceList", PySignature.of("get_by_host", "host", "expected_attrs=", "use_slave="),
                (ctx, a) -> list(instances.listByHost(a.requiredString("host")), a.strings("expected_attrs")));
        table.classMethod("InstanceList", PySignature.of("get_by_host_and_node", "host", "node",
                "expected_attrs="), (ctx, a) -> {
                    String node = a.requiredString("node");
                    return list(instances.listByHost(a.requiredString("host")).stream()
                            .filter(i -> node.equals(i.getNode())).toList(), a.strings("expected_attrs"));
                });
        table.classMethod("InstanceList", PySignature.of("get_uuids_by_host", "host"),
                (ctx, a) -> instances.listByHost(a.requiredString("host")).stream().map(Instance::getUuid).toList());
        table.classMethod("InstanceList", PySignature.of("get_by_filters", "filters", "sort_key=", "sort_dir=",
                "limit=", "marker=", "expected_attrs=", "use_slave=", "sort_keys=", "sort_dirs="), this::getByFilters);
    }

    private Object create(RequestContext ctx, Instance self, PyArgs a) {
        if (self.isSet("id")) {
            throw new ObjectActionError("create", "already created");
        }
        copyInto(self, instances.create(self));
        return null;
    }

    /**
     * Writes the changed fields under the caller's expectations; {@code None} means "not checked",
     * a string or a list (with None for "no task") the acceptable stored values.
     */
    private Object save(RequestContext ctx, Instance self, PyArgs a) {
        List<String> taskStates = a.get("expected_task_state") == null ? null : a.strings("expected_task_state");
        if (taskStates != null) {
            TaskStateSet.fromWire(taskStates); // rejects values that are not task states
        }
        List<String> vmStates = a.get("expected_vm_state") == null ? null : a.strings("expected_vm_state");
        boolean leavesHost = self.whatChanged().contains("host") && self.get("host") == null;
        Instance stored = instances.save(self, new StateExpectation(taskStates, vmStates));
        if (leavesHost && !TaskState.SCHEDULING.wireValue().equals(stored.get("task_state"))) {
            releaseAllocations.accept(self.getUuid()); // a reschedule moves its claim instead
        }
        if (stored != self) {
            copyInto(self, stored);
        }
        self.resetChanges();
        return null;
    }

    private Object refresh(RequestContext ctx, Instance self, PyArgs a) {
        Instance current = instances.getByUuid(self.getUuid());
        for (String f : self.setFields()) {
            if (current.isSet(f)) {
                self.load(f, current.get(f));
            }
        }
        self.resetChanges();
        return null;
    }

    private Object destroy(RequestContext ctx, Instance self, PyArgs a) {
        if (!self.isSet("id")) {
            throw new ObjectActionError("destroy", "already destroyed");
        }
        Instance gone = instances.destroy(self.getUuid(), a.bool("hard_delete", false));
        releaseAllocations.accept(self.getUuid());
        self.load("deleted", gone.get("deleted"));
        self.load("deleted_at", gone.get("deleted_at"));
        self.resetChanges();
        return null;
    }

    private Object getByFilters(RequestContext ctx, PyArgs a) {
        java.util.Map<String, Object> f = a.dict("filters");
        if (f == null) {
            f = java.util.Map.of();
        }
        Object deleted = f.get("deleted");
        InstanceQuery q = new InstanceQuery(deleted == null ? null : Boolean.TRUE.equals(deleted),
                stringOrNull(f.get("project_id")), stringOrNull(f.get("host")), listOrNull(f.get("uuid")),
                listOrNull(f.get("vm_state")), a.string("sort_key"), a.string("sort_dir"), a.integer("limit"),
                a.string("marker"));
        return list(instances.listByFilters(q), a.strings("expected_attrs"));
    }

    private InstanceList list(List<Instance> rows, List<String> expectedAttrs) {
        InstanceList out = new InstanceList();
        for (Instance i : rows) {
            withAttrs(i, expectedAttrs);
        }
        out.setObjects(new java.util.ArrayList<>(rows));
        out.resetChanges();
        return out;
    }

    private Instance withAttrs(Instance instance, List<String> expectedAttrs) {
        ExpectedAttrs.fill(instance, expectedAttrs, faults);
        return instance;
    }

    /** Takes every field of the stored row into the caller's object (what {@code _from_db_object} does). */
    static void copyInto(NovaObject self, NovaObject stored) {
        for (String f : stored.setFields()) {
            self.load(f, stored.get(f));
        }
        self.resetChanges();
    }

    private static String stringOrNull(Object v) {
        return v == null ? null : v.toString();
    }

    private static List<String> listOrNull(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(v.toString());
    }
}
