package org.jnova.conductor.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jnova.domain.error.ServiceBinaryExists;
import org.jnova.domain.error.ServiceNotFound;
import org.jnova.domain.error.ServiceTopicExists;
import org.jnova.domain.objects.Service;
import org.jnova.ports.persistence.ServiceRepository;

/** {@link ServiceRepository} over the {@code services} table. */
final class JdbcServiceRepository implements ServiceRepository {
    private static final int MAX_ATTEMPTS = 20;
    /** Not columns in Nova either: the zone comes from aggregates, compute_node is a lazy join. */
    private static final Set<String> NOT_STORED = Set.of("availability_zone", "compute_node");

    private final Database db;
    private final ObjectTable<Service> table = new ObjectTable<>("services", Service::new, List.of(
            new ObjectTable.Mirror("host", "host"),
            new ObjectTable.Mirror("binary", "service_binary"),
            new ObjectTable.Mirror("topic", "topic"),
            new ObjectTable.Mirror("report_count", "report_count"),
            new ObjectTable.Mirror("disabled", "disabled"),
            new ObjectTable.Mirror("forced_down", "forced_down"),
            new ObjectTable.Mirror("version", "version")), NOT_STORED);

    JdbcServiceRepository(Database db) {
        this.db = db;
    }

    @Override
    public Service create(Service service) {
        Service row = (Service) service.copy();
        for (String f : NOT_STORED) {
            row.unset(f);
        }
        defaultIfUnset(row, "uuid", UUID.randomUUID().toString());
        defaultIfUnset(row, "report_count", 0L);
        defaultIfUnset(row, "disabled", false);
        defaultIfUnset(row, "disabled_reason", null);
        defaultIfUnset(row, "forced_down", false);
        defaultIfUnset(row, "last_seen_up", null);
        defaultIfUnset(row, "version", 0L);
        defaultIfUnset(row, "host", null);
        defaultIfUnset(row, "binary", null);
        defaultIfUnset(row, "topic", null);
        return Jdbc.with(db, "service create", c -> {
            try {
                return table.insert(c, row, Jdbc.now());
            } catch (SQLException e) {
                if (!Dialect.isDuplicateKey(e)) {
                    throw e;
                }
                if (table.selectOne(c, "host = ? AND service_binary = ? AND deleted = 0", row.getHost(),
                        row.getBinary()) != null) {
                    throw new ServiceBinaryExists(row.getHost(), row.getBinary());
                }
                throw new ServiceTopicExists(row.getHost(), row.getTopic());
            }
        });
    }

    @Override
    public Service getByHostAndBinary(String host, String binary) {
        return Jdbc.with(db, "service get", c -> {
            ObjectTable.Row<Service> row = table.selectOne(c, "host = ? AND service_binary = ? AND deleted = 0",
                    host, binary);
            return row == null ? null : row.object();
        });
    }

    @Override
    public Service getById(long id) {
        return Jdbc.with(db, "service get", c -> byId(c, id).object());
    }

    @Override
    public Service save(Service service) {
        Long id = service.getId();
        if (id == null) {
            throw new IllegalArgumentException("Service.save() needs the record's id");
        }
        return Jdbc.with(db, "service save", c -> {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                ObjectTable.Row<Service> row = byId(c, id);
                long storedCount = row.object().getReportCount();
                // the row was read for this attempt alone: it becomes the next version in place
                Service next = row.object();
                for (String f : service.whatChanged()) {
                    if (table.saves(f)) {
                        next.load(f, service.get(f));
                    }
                }
                if (next.getReportCount() > storedCount) {
                    // db.service_update: a state report proves the service is alive now
                    next.load("last_seen_up", Jdbc.now());
                }
                if (table.update(c, row, next, Jdbc.now())) {
                    next.resetChanges();
                    return next;
                }
            }
            throw new DatabaseException("service save of id " + id + " lost " + MAX_ATTEMPTS + " races", null);
        });
    }

    @Override
    public List<Service> listAll(Boolean disabled) {
        return Jdbc.with(db, "service list", c -> disabled == null
                ? objects(table.select(c, "deleted = 0 ORDER BY id"))
                : objects(table.select(c, "deleted = 0 AND disabled = ? ORDER BY id", disabled)));
    }

    @Override
    public List<Service> listByTopic(String topic) {
        return Jdbc.with(db, "service list by topic", c -> objects(table.select(c,
                "deleted = 0 AND topic = ? ORDER BY id", topic)));
    }

    @Override
    public List<Service> listByBinary(String binary, boolean includeDisabled) {
        return Jdbc.with(db, "service list by binary", c -> includeDisabled
                ? objects(table.select(c, "deleted = 0 AND service_binary = ? ORDER BY id", binary))
                : objects(table.select(c, "deleted = 0 AND service_binary = ? AND disabled = ? ORDER BY id",
                        binary, false)));
    }

    @Override
    public int minimumVersion(String binary) {
        return Jdbc.with(db, "service minimum version", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(version) FROM services"
                    + " WHERE service_binary = ? AND deleted = 0 AND forced_down = ?")) {
                Jdbc.bind(ps, binary, false);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void destroy(long id) {
        Jdbc.with(db, "service destroy", c -> {
            table.softDelete(c, byId(c, id).id(), Jdbc.now());
            return null;
        });
    }

    private ObjectTable.Row<Service> byId(java.sql.Connection c, long id) throws SQLException {
        ObjectTable.Row<Service> row = table.selectOne(c, "id = ? AND deleted = 0", id);
        if (row == null) {
            throw new ServiceNotFound(String.valueOf(id));
        }
        return row;
    }

    private static void defaultIfUnset(Service s, String field, Object value) {
        if (!s.isSet(field)) {
            s.load(field, value);
        }
    }

    private static List<Service> objects(List<ObjectTable.Row<Service>> rows) {
        List<Service> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.object()));
        return out;
    }
}
