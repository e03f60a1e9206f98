package org.jnova.conductor.db;

import java.util.List;
import java.util.Set;
import org.jnova.domain.objects.InstanceFault;
import org.jnova.ports.persistence.InstanceFaultRepository;

/** {@link InstanceFaultRepository} over {@code instance_faults}. */
final class JdbcInstanceFaultRepository implements InstanceFaultRepository {
    private final Database db;
    private final ObjectTable<InstanceFault> table = new ObjectTable<>("instance_faults", InstanceFault::new,
            List.of(new ObjectTable.Mirror("instance_uuid", "instance_uuid")), Set.of());

    JdbcInstanceFaultRepository(Database db) {
        this.db = db;
    }

    @Override
    public InstanceFault create(InstanceFault fault) {
        if (!fault.isSet("instance_uuid") || fault.getInstanceUuid() == null) {
            throw new IllegalArgumentException("an instance fault needs instance_uuid");
        }
        InstanceFault row = (InstanceFault) fault.copy();
        for (String f : List.of("message", "details", "host")) {
            if (!row.isSet(f)) {
                row.load(f, null);
            }
        }
        if (!row.isSet("code")) {
            row.load("code", 500L);
        }
        return Jdbc.with(db, "instance fault create", c -> table.insert(c, row, Jdbc.now()));
    }

    @Override
    public InstanceFault latestForInstance(String instanceUuid) {
        return Jdbc.with(db, "instance fault get", c -> {
            ObjectTable.Row<InstanceFault> row = table.selectOne(c,
                    "instance_uuid = ? AND deleted = 0 ORDER BY created_at DESC, id DESC", instanceUuid);
            return row == null ? null : row.object();
        });
    }
}
