package org.jnova.compute.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jnova.compute.objects.ComputeNodeFigures;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.objects.FaultRecord;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.UnexpectedDeletingTaskStateError;
import org.jnova.domain.error.UnexpectedTaskStateError;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;

/**
 * An in-memory conductor for the compute's object calls: instances with the compare-and-swap of
 * {@code Instance.save}, and every save, event, fault, action and compute-node write recorded.
 */
public final class TestingComputeObjects implements ComputeObjects {
    /** One save: what was expected and which fields (with values) it wrote. */
    public record Save(String uuid, TaskStateSet expected, Map<String, Object> changes) {
        public Object value(String field) {
            return changes.get(field);
        }
    }

    /** One event call; {@code finish} false for event_start. */
    public record Event(String uuid, String name, boolean finish, String host, String excVal, String excTb,
                        String requestId) {
        public String result() {
            return excTb == null ? "Success" : "Error";
        }
    }

    public record Action(String uuid, String action, String requestId) {
    }

    // Copy-on-write: tests read these while the compute service still appends from its threads.
    private final Map<String, Instance> instances = new ConcurrentHashMap<>();
    public final List<Save> saves = new CopyOnWriteArrayList<>();
    public final List<Event> events = new CopyOnWriteArrayList<>();
    public final List<FaultRecord> faults = new CopyOnWriteArrayList<>();
    public final List<Action> actions = new CopyOnWriteArrayList<>();
    public final List<String> destroyed = new CopyOnWriteArrayList<>();
    public final Map<String, Map<String, Object>> computeNodes = new ConcurrentHashMap<>();

    /** Stores an instance as the conductor's record; returns a separate copy for the caller. */
    public Instance put(Instance instance) {
        Instance stored = copy(instance);
        instances.put(instance.getUuid(), stored);
        return copy(stored);
    }

    /** The stored record (a copy). */
    public Instance stored(String uuid) {
        Instance i = instances.get(uuid);
        return i == null ? null : copy(i);
    }

    /** Changes the stored record behind the compute's back (another service's write). */
    public synchronized void setStoredTaskState(String uuid, TaskState state) {
        instances.get(uuid).setTaskState(state);
    }

    public List<Save> savesOf(String uuid) {
        synchronized (saves) {
            return saves.stream().filter(s -> s.uuid().equals(uuid)).toList();
        }
    }

    public List<Event> eventsOf(String uuid) {
        synchronized (events) {
            return events.stream().filter(e -> e.uuid().equals(uuid)).toList();
        }
    }

    private static Instance copy(Instance source) {
        Instance c = new Instance();
        for (String f : source.setFields()) {
            c.load(f, source.get(f));
        }
        return c;
    }

    @Override
    public Instance getInstance(RequestContext context, String uuid) {
        Instance i = instances.get(uuid);
        if (i == null) {
            throw new InstanceNotFound(uuid);
        }
        return copy(i);
    }

    @Override
    public List<Instance> instancesOnHost(RequestContext context, String host) {
        return instances.values().stream().filter(i -> host.equals(i.getHost())).map(TestingComputeObjects::copy).toList();
    }

    @Override
    public synchronized void save(RequestContext context, Instance instance, TaskStateSet expected) {
        Instance stored = instances.get(instance.getUuid());
        if (stored == null) {
            throw new InstanceNotFound(instance.getUuid());
        }
        if (expected != null && !expected.contains(stored.getTaskState())) {
            Map<String, Object> exp = Map.of("task_state", expected.toWire());
            Map<String, Object> actual = new LinkedHashMap<>();
            actual.put("task_state", TaskState.wireOf(stored.getTaskState()));
            if (stored.getTaskState() == TaskState.DELETING) {
                throw new UnexpectedDeletingTaskStateError(instance.getUuid(), exp, actual);
            }
            throw new UnexpectedTaskStateError(instance.getUuid(), exp, actual);
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String f : instance.whatChanged()) {
            changes.put(f, instance.get(f));
            stored.set(f, instance.get(f));
        }
        saves.add(new Save(instance.getUuid(), expected, changes));
        for (String f : stored.setFields()) {
            instance.load(f, stored.get(f));
        }
        instance.resetChanges();
    }

    @Override
    public void refresh(RequestContext context, Instance instance) {
        Instance stored = instances.get(instance.getUuid());
        if (stored == null) {
            throw new InstanceNotFound(instance.getUuid());
        }
        for (String f : stored.setFields()) {
            instance.load(f, stored.get(f));
        }
        instance.resetChanges();
    }

    @Override
    public void destroy(RequestContext context, Instance instance) {
        if (instances.remove(instance.getUuid()) == null) {
            throw new InstanceNotFound(instance.getUuid());
        }
        destroyed.add(instance.getUuid());
    }

    @Override
    public void actionStart(RequestContext context, String instanceUuid, String action) {
        actions.add(new Action(instanceUuid, action, context.requestId()));
    }

    @Override
    public void eventStart(RequestContext context, String instanceUuid, String eventName, String host) {
        events.add(new Event(instanceUuid, eventName, false, host, null, null, context.requestId()));
    }

    @Override
    public void eventFinish(RequestContext context, String instanceUuid, String eventName, String excVal,
                            String excTb) {
        events.add(new Event(instanceUuid, eventName, true, null, excVal, excTb, context.requestId()));
    }

    @Override
    public void createFault(RequestContext context, FaultRecord fault) {
        faults.add(fault);
    }

    @Override
    public String updateComputeNode(RequestContext context, ComputeNodeFigures figures) {
        computeNodes.put(figures.nodename(), figures.fields());
        return java.util.UUID.nameUUIDFromBytes(figures.nodename().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
