package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.objects.FieldType;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.persistence.InstanceHost;
import org.jnova.ports.persistence.InstanceQuery;
import org.jnova.ports.persistence.InstanceRepository;
import org.jnova.ports.persistence.StateExpectation;

/** {@link InstanceRepository} over the {@code instances} table. */
final class JdbcInstanceRepository implements InstanceRepository {
    /** A save retries when another writer changed the row between its read and its write. */
    private static final int MAX_ATTEMPTS = 20;
    private static final Set<String> SORT_COLUMNS = Set.of("created_at", "updated_at", "id", "uuid", "host", "node",
            "vm_state", "task_state", "project_id", "user_id");
    /** Fields a save never writes: identity and the persistent mixin, which the table maintains. */

    /** Enough for every instance a busy conductor is building at once. */
    private static final int RECENT_ROWS = 4096;

    private final Database db;
    private final RecentRows<Instance> recent = new RecentRows<>(Instance::new, RECENT_ROWS);
    private final ObjectTable<Instance> table = new ObjectTable<>("instances", Instance::new, List.of(
            new ObjectTable.Mirror("uuid", "uuid"),
            new ObjectTable.Mirror("project_id", "project_id"),
            new ObjectTable.Mirror("user_id", "user_id"),
            new ObjectTable.Mirror("host", "host"),
            new ObjectTable.Mirror("node", "node"),
            new ObjectTable.Mirror("vm_state", "vm_state"),
            new ObjectTable.Mirror("task_state", "task_state"),
            new ObjectTable.Mirror("memory_mb", "memory_mb"),
            new ObjectTable.Mirror("vcpus", "vcpus"),
            new ObjectTable.Mirror("root_gb", "root_gb"),
            new ObjectTable.Mirror("ephemeral_gb", "ephemeral_gb")), Set.of("services"));

    JdbcInstanceRepository(Database db) {
        this.db = db;
    }

    @Override
    public Instance create(Instance instance) {
        Instance row = (Instance) instance.copy();
        if (!row.isSet("uuid")) {
            row.load("uuid", UUID.randomUUID().toString());
        }
        fillColumnDefaults(row);
        return Jdbc.with(db, "instance create", c -> table.insert(c, row, Jdbc.now()));
    }

    @Override
    public Instance getByUuid(String uuid) {
        return Jdbc.with(db, "instance get", c -> load(c, uuid).object());
    }

    @Override
    public List<Instance> listByHost(String host) {
        return Jdbc.with(db, "instance list by host", c -> objects(table.select(c,
                "host = ? AND deleted = 0 ORDER BY id", host)));
    }

    @Override
    public List<Instance> listByFilters(InstanceQuery q) {
        if (!SORT_COLUMNS.contains(q.sortKey())) {
            throw new IllegalArgumentException("sort_key '" + q.sortKey() + "' is not supported; use one of "
                    + SORT_COLUMNS);
        }
        StringBuilder where = new StringBuilder(Boolean.TRUE.equals(q.deleted()) ? "deleted <> 0" : "deleted = 0");
        List<Object> params = new ArrayList<>();
        condition(where, params, "project_id", q.projectId());
        condition(where, params, "host", q.host());
        in(where, params, "uuid", q.uuids());
        in(where, params, "vm_state", q.vmStates());
        String dir = q.sortDir().equals("asc") ? " ASC" : " DESC";
        where.append(" ORDER BY ").append(q.sortKey()).append(dir).append(", id").append(dir);
        List<Instance> all = Jdbc.with(db, "instance list by filters",
                c -> objects(table.select(c, where.toString(), params.toArray())));
        return page(all, q.marker(), q.limit());
    }

    @Override
    public Instance save(Instance instance, StateExpectation expected) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String f : instance.whatChanged()) {
            if (table.saves(f) && !f.equals("uuid")) {
                changes.put(f, instance.get(f));
            }
        }
        if (changes.isEmpty()) {
            return instance;
        }
        String uuid = instance.getUuid();
        return Jdbc.with(db, "instance save", c -> {
            Instance saved = saveOverRecent(c, uuid, changes, expected);
            if (saved != null) {
                return saved;
            }
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                ObjectTable.Row<Instance> row = load(c, uuid);
                StateConflicts.check(uuid, row.object(), expected);
                // the row was read for this attempt only, so it is changed in place (a deep copy of a
                // whole instance cost as much as the statement); a lost race re-reads it
                Instance next = row.object();
                changes.forEach(next::load);
                if (table.update(c, row, next, Jdbc.now())) {
                    next.resetChanges();
                    recent.put(uuid, row.id(), row.rowVersion() + 1, next);
                    return next;
                }
            }
            if (expected != null && !expected.isEmpty()) {
                throw StateConflicts.unknown(uuid, expected);
            }
            throw new DatabaseException("instance save of " + uuid + " lost " + MAX_ATTEMPTS
                    + " races in a row", null);
        });
    }

    /**
     * The save without a read when this conductor wrote the row last: null if it did not, if the
     * row changed since (the compare-and-swap missed) or if the remembered states conflict, so that
     * a conflict is only ever reported from a fresh read.
     */
    private Instance saveOverRecent(Connection c, String uuid, Map<String, Object> changes,
                                    StateExpectation expected) throws SQLException {
        ObjectTable.Row<Instance> row = recent.get(uuid);
        if (row == null) {
            return null;
        }
        try {
            StateConflicts.check(uuid, row.object(), expected);
        } catch (RuntimeException maybeStale) {
            return null;
        }
        Instance next = row.object();
        changes.forEach(next::load);
        if (!table.update(c, row, next, Jdbc.now())) {
            recent.forget(uuid);
            return null;
        }
        next.resetChanges();
        recent.put(uuid, row.id(), row.rowVersion() + 1, next);
        return next;
    }

    @Override
    public List<InstanceHost> instanceHosts() {
        return Jdbc.with(db, "instance hosts", c -> {
            List<InstanceHost> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT uuid, host, node FROM instances WHERE deleted = 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InstanceHost(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public Instance destroy(String uuid, boolean hardDelete) {
        recent.forget(uuid);
        return Jdbc.with(db, "instance destroy", c -> {
            ObjectTable.Row<Instance> row = load(c, uuid);
            Instance gone = row.object();
            Instant now = Jdbc.now();
            if (hardDelete) {
                table.hardDelete(c, row.id());
            } else {
                table.softDelete(c, row.id(), now);
            }
            gone.load("deleted", true);
            gone.load("deleted_at", now);
            return gone;
        });
    }

    private ObjectTable.Row<Instance> load(Connection c, String uuid) throws SQLException {
        ObjectTable.Row<Instance> row = table.selectOne(c, "uuid = ? AND deleted = 0", uuid);
        if (row == null) {
            throw new InstanceNotFound(uuid);
        }
        return row;
    }

    /**
     * Every column field that is unset gets its database default (null, false, {} or []), as a
     * row loaded by Nova has all of them; object fields stay lazy (unset).
     */
    static void fillColumnDefaults(Instance row) {
        for (Map.Entry<String, FieldType> e : row.schema().fields().entrySet()) {
            String f = e.getKey();
            FieldType t = e.getValue();
            if (row.isSet(f) || f.equals("id") || t.kind() == FieldType.Kind.OBJECT) {
                continue;
            }
            Object dflt = switch (t.kind()) {
                case BOOLEAN -> false;
                case DICT -> new LinkedHashMap<>();
                case LIST -> new ArrayList<>();
                default -> null;
            };
            if (dflt != null || t.isNullable()) {
                row.load(f, dflt);
            }
        }
    }

    private static List<Instance> objects(List<ObjectTable.Row<Instance>> rows) {
        List<Instance> out = new ArrayList<>(rows.size());
        for (ObjectTable.Row<Instance> r : rows) {
            out.add(r.object());
        }
        return out;
    }

    private static void condition(StringBuilder where, List<Object> params, String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static void in(StringBuilder where, List<Object> params, String column, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            where.append(" AND 1 = 0");
            return;
        }
        where.append(" AND ").append(column).append(" IN (").append(Jdbc.placeholders(values.size())).append(")");
        params.addAll(values);
    }

    /** Rows after the marker (an instance uuid), at most {@code limit}; an unknown marker is an error. */
    private static List<Instance> page(List<Instance> sorted, String marker, Integer limit) {
        int from = 0;
        if (marker != null) {
            from = -1;
            for (int i = 0; i < sorted.size(); i++) {
                if (marker.equals(sorted.get(i).getUuid())) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                throw new IllegalArgumentException("marker " + marker + " could not be found");
            }
        }
        int to = limit == null ? sorted.size() : Math.min(sorted.size(), from + limit);
        return new ArrayList<>(sorted.subList(Math.min(from, to), to));
    }
}
