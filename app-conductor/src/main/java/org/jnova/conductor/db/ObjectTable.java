package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.wire.PyJson;

/**
 * One table holding one versioned-object class: the persistent mixin (id, created_at, updated_at,
 * deleted_at, deleted = id when soft-deleted), a {@code row_version} for optimistic concurrency, the
 * object's other set fields as their primitives in a JSON {@code data} column, and some fields
 * mirrored into real columns so they can be queried and indexed. Keeping whole objects as JSON means
 * a new field needs no migration and each call stays one or two statements.
 */
final class ObjectTable<T extends NovaObject> {
    private static final Set<String> MIXIN = Set.of("id", "created_at", "updated_at", "deleted_at", "deleted");
    private static final String COLUMNS = "id, row_version, created_at, updated_at, deleted_at, deleted, data";

    /** A field copied into a column; the JSON stays the source of truth when loading. */
    record Mirror(String field, String column) {
    }

    /** A loaded row: its id, its version for compare-and-swap, and the object. */
    record Row<T>(long id, long rowVersion, T object) {
    }

    private final String table;
    private final Supplier<T> factory;
    private final List<Mirror> mirrors;
    private final Set<String> notStored;
    private final String insertSql;
    private final String updateSql;

    ObjectTable(String table, Supplier<T> factory, List<Mirror> mirrors, Set<String> notStored) {
        this.table = table;
        this.factory = factory;
        this.mirrors = List.copyOf(mirrors);
        this.notStored = Set.copyOf(notStored);
        StringBuilder cols = new StringBuilder("row_version, created_at, deleted, data");
        StringBuilder marks = new StringBuilder("0, ?, 0, ?");
        StringBuilder sets = new StringBuilder("row_version = row_version + 1, updated_at = ?, data = ?");
        for (Mirror m : this.mirrors) {
            cols.append(", ").append(m.column());
            marks.append(", ?");
            sets.append(", ").append(m.column()).append(" = ?");
        }
        this.insertSql = "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")";
        this.updateSql = "UPDATE " + table + " SET " + sets + " WHERE id = ? AND row_version = ?";
    }

    /** Whether a changed field is written by a save (not the persistent mixin, not a field kept out of the row). */
    boolean saves(String field) {
        return !MIXIN.contains(field) && !notStored.contains(field);
    }

    /** Inserts the object; sets its id, created_at (now) and deleted=false; returns it. */
    T insert(Connection c, T obj, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertSql, Statement.RETURN_GENERATED_KEYS)) {
            Object[] params = new Object[2 + mirrors.size()];
            params[0] = now;
            params[1] = json(obj);
            for (int i = 0; i < mirrors.size(); i++) {
                params[2 + i] = mirrorValue(obj, mirrors.get(i));
            }
            Jdbc.bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for a new " + table + " row");
                }
                obj.load("id", keys.getLong(1));
            }
        }
        setIfField(obj, "created_at", now);
        setIfField(obj, "updated_at", null);
        setIfField(obj, "deleted_at", null);
        setIfField(obj, "deleted", false);
        obj.resetChanges();
        return obj;
    }

    /** Rows matching {@code where} (SQL after WHERE, may end with ORDER BY), with params bound in order. */
    List<Row<T>> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE " + where)) {
            Jdbc.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row<T>> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(read(rs));
                }
                return out;
            }
        }
    }

    /** The first matching row or null. */
    Row<T> selectOne(Connection c, String where, Object... params) throws SQLException {
        List<Row<T>> rows = select(c, where, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Writes {@code next} over {@code row} if nobody wrote it since it was read; sets next's
     * updated_at to now. False means a concurrent write won: re-read and retry.
     */
    boolean update(Connection c, Row<T> row, T next, Instant now) throws SQLException {
        setIfField(next, "updated_at", now);
        try (PreparedStatement ps = c.prepareStatement(updateSql)) {
            Object[] params = new Object[4 + mirrors.size()];
            params[0] = now;
            params[1] = json(next);
            for (int i = 0; i < mirrors.size(); i++) {
                params[2 + i] = mirrorValue(next, mirrors.get(i));
            }
            params[2 + mirrors.size()] = row.id();
            params[3 + mirrors.size()] = row.rowVersion();
            Jdbc.bind(ps, params);
            return ps.executeUpdate() == 1;
        }
    }

    /** Soft delete: {@code deleted = id}, {@code deleted_at = now}. */
    void softDelete(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET deleted = id, deleted_at = ?, row_version = row_version + 1 WHERE id = ?")) {
            Jdbc.bind(ps, now, id);
            ps.executeUpdate();
        }
    }

    void hardDelete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            Jdbc.bind(ps, id);
            ps.executeUpdate();
        }
    }

    private Row<T> read(ResultSet rs) throws SQLException {
        T obj = factory.get();
        Object data = PyJson.loads(rs.getString("data"));
        if (data instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                obj.loadPrimitive(String.valueOf(e.getKey()), e.getValue());
            }
        }
        long id = rs.getLong("id");
        obj.load("id", id);
        setIfField(obj, "created_at", Jdbc.instant(rs.getTimestamp("created_at")));
        setIfField(obj, "updated_at", Jdbc.instant(rs.getTimestamp("updated_at")));
        setIfField(obj, "deleted_at", Jdbc.instant(rs.getTimestamp("deleted_at")));
        setIfField(obj, "deleted", rs.getLong("deleted") != 0);
        obj.resetChanges();
        return new Row<>(id, rs.getLong("row_version"), obj);
    }

    private String json(T obj) {
        Map<String, Object> data = new LinkedHashMap<>(128);
        obj.forEachSetField((f, type, v) -> {
            if (!MIXIN.contains(f) && !notStored.contains(f)) {
                data.put(f, type.toPrimitive(v));
            }
        });
        return PyJson.dumps(data);
    }

    private static Object mirrorValue(NovaObject obj, Mirror m) {
        return obj.isSet(m.field()) ? obj.get(m.field()) : null;
    }

    private static void setIfField(NovaObject obj, String field, Object value) {
        if (obj.schema().hasField(field)) {
            obj.load(field, value);
        }
    }
}
