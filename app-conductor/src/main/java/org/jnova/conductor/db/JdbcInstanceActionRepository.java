package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jnova.domain.error.InstanceActionEventNotFound;
import org.jnova.domain.error.InstanceActionNotFound;
import org.jnova.domain.objects.InstanceAction;
import org.jnova.domain.objects.InstanceActionEvent;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.persistence.InstanceActionRepository;

/** {@link InstanceActionRepository} over {@code instance_actions} and {@code instance_actions_events}. */
final class JdbcInstanceActionRepository implements InstanceActionRepository {
    private static final int MAX_ATTEMPTS = 20;

    private final Database db;
    private final ObjectTable<InstanceAction> actions = new ObjectTable<>("instance_actions", InstanceAction::new,
            List.of(new ObjectTable.Mirror("instance_uuid", "instance_uuid"),
                    new ObjectTable.Mirror("request_id", "request_id")), Set.of());
    private final ObjectTable<InstanceActionEvent> events = new ObjectTable<>("instance_actions_events",
            InstanceActionEvent::new, List.of(new ObjectTable.Mirror("action_id", "action_id"),
                    new ObjectTable.Mirror("event", "event_name")), Set.of());

    JdbcInstanceActionRepository(Database db) {
        this.db = db;
    }

    @Override
    public InstanceAction actionStart(RequestContext context, String instanceUuid, String action) {
        InstanceAction a = new InstanceAction();
        a.setAction(action);
        a.setInstanceUuid(instanceUuid);
        a.setRequestId(context.requestId());
        a.setUserId(context.userId());
        a.setProjectId(context.projectId());
        a.setStartTime(timestampOf(context));
        a.setFinishTime(null);
        a.setMessage(null);
        return Jdbc.with(db, "action start", c -> actions.insert(c, a, Jdbc.now()));
    }

    @Override
    public InstanceAction getByRequestId(String instanceUuid, String requestId) {
        return Jdbc.with(db, "action get", c -> {
            ObjectTable.Row<InstanceAction> row = byRequest(c, instanceUuid, requestId);
            return row == null ? null : row.object();
        });
    }

    @Override
    public List<InstanceAction> listByInstance(String instanceUuid, Integer limit, String marker) {
        List<InstanceAction> all = Jdbc.with(db, "action list", c -> {
            List<InstanceAction> out = new ArrayList<>();
            actions.select(c, "instance_uuid = ? AND deleted = 0 ORDER BY created_at DESC, id DESC", instanceUuid)
                    .forEach(r -> out.add(r.object()));
            return out;
        });
        int from = 0;
        if (marker != null) {
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (marker.equals(all.get(i).getRequestId())) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                throw new IllegalArgumentException("marker " + marker + " could not be found");
            }
        }
        int to = limit == null ? all.size() : Math.min(all.size(), from + limit);
        return new ArrayList<>(all.subList(Math.min(from, to), to));
    }

    @Override
    public InstanceActionEvent eventStart(RequestContext context, String instanceUuid, String event, String host) {
        return Jdbc.with(db, "action event start", c -> {
            Parent parent = parentAction(c, context, instanceUuid);
            InstanceActionEvent e = new InstanceActionEvent();
            e.setEvent(event);
            e.setActionId(parent.row().id());
            e.setStartTime(Jdbc.now());
            e.setFinishTime(null);
            e.setResult(null);
            e.setTraceback(null);
            e.setHost(host);
            e.setDetails(null);
            if (parent.current()) {
                touch(c, parent.row(), null);
            }
            return events.insert(c, e, Jdbc.now());
        });
    }

    @Override
    public InstanceActionEvent eventFinish(RequestContext context, String instanceUuid, String event, String details,
                                           String traceback) {
        return Jdbc.with(db, "action event finish", c -> {
            Parent parent = parentAction(c, context, instanceUuid);
            long actionId = parent.row().id();
            boolean failed = traceback != null;
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                ObjectTable.Row<InstanceActionEvent> row = events.selectOne(c,
                        "action_id = ? AND event_name = ? AND deleted = 0 ORDER BY id DESC", actionId, event);
                if (row == null) {
                    throw new InstanceActionEventNotFound(event, actionId);
                }
                InstanceActionEvent next = row.object(); // read for this attempt only
                next.setFinishTime(Jdbc.now());
                next.setResult(failed ? "Error" : "Success");
                if (failed) {
                    next.setTraceback(traceback);
                    next.setDetails(details);
                }
                if (events.update(c, row, next, Jdbc.now())) {
                    if (failed || parent.current()) {
                        touch(c, parent.row(), failed ? "Error" : null);
                    }
                    next.resetChanges();
                    return next;
                }
            }
            throw new DatabaseException("event finish of " + event + " lost " + MAX_ATTEMPTS + " races", null);
        });
    }

    @Override
    public List<InstanceActionEvent> eventsOfAction(long actionId) {
        return Jdbc.with(db, "action event list", c -> {
            List<InstanceActionEvent> out = new ArrayList<>();
            events.select(c, "action_id = ? AND deleted = 0 ORDER BY id", actionId).forEach(r -> out.add(r.object()));
            return out;
        });
    }

    private ObjectTable.Row<InstanceAction> byRequest(Connection c, String instanceUuid, String requestId)
            throws SQLException {
        return actions.selectOne(c, "instance_uuid = ? AND request_id = ? AND deleted = 0 ORDER BY id DESC",
                instanceUuid, requestId);
    }

    /** The parent action, and whether it is the request's own (only then its updated_at moves). */
    private record Parent(ObjectTable.Row<InstanceAction> row, boolean current) {
    }

    /**
     * {@code _action_get_last_created_by_instance_uuid} fallback: a context without a project (service
     * or admin) may attach events to the newest action of the instance.
     */
    private Parent parentAction(Connection c, RequestContext context, String instanceUuid) throws SQLException {
        ObjectTable.Row<InstanceAction> row = byRequest(c, instanceUuid, context.requestId());
        if (row != null) {
            return new Parent(row, true);
        }
        if (context.projectId() == null) {
            row = actions.selectOne(c, "instance_uuid = ? AND deleted = 0 ORDER BY created_at DESC, id DESC",
                    instanceUuid);
            if (row != null) {
                return new Parent(row, false);
            }
        }
        throw new InstanceActionNotFound(context.requestId(), instanceUuid);
    }

    /**
     * Bumps the parent action's updated_at (and sets its message on failure); a lost race is harmless
     * here, except that a failure message is retried so it is not lost.
     */
    private void touch(Connection c, ObjectTable.Row<InstanceAction> parent, String message) throws SQLException {
        ObjectTable.Row<InstanceAction> row = parent;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && row != null; attempt++) {
            InstanceAction next = row.object(); // the caller's read, not used after this bump
            if (message != null) {
                next.setMessage(message);
            }
            if (actions.update(c, row, next, Jdbc.now()) || message == null) {
                return;
            }
            row = actions.selectOne(c, "id = ?", parent.id());
        }
    }

    /** {@code start_time = context.timestamp} (oslo's naive UTC form), or now if it is missing. */
    private static Instant timestampOf(RequestContext context) {
        String s = context.timestamp();
        if (s != null && !s.isEmpty()) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return Jdbc.now();
            }
        }
        return Jdbc.now();
    }
}
