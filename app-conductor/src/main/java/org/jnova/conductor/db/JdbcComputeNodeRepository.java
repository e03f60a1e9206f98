package org.jnova.conductor.db;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jnova.domain.error.ComputeHostNotFound;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.ports.persistence.ComputeNodeRepository;

/** {@link ComputeNodeRepository} over {@code compute_nodes}. */
final class JdbcComputeNodeRepository implements ComputeNodeRepository {
    private static final int MAX_ATTEMPTS = 20;

    private final Database db;
    private final ObjectTable<ComputeNode> table = new ObjectTable<>("compute_nodes", ComputeNode::new, List.of(
            new ObjectTable.Mirror("uuid", "uuid"),
            new ObjectTable.Mirror("host", "host"),
            new ObjectTable.Mirror("hypervisor_hostname", "hypervisor_hostname")), Set.of());

    JdbcComputeNodeRepository(Database db) {
        this.db = db;
    }

    @Override
    public ComputeNode create(ComputeNode node) {
        ComputeNode row = (ComputeNode) node.copy();
        if (!row.isSet("uuid")) {
            row.load("uuid", UUID.randomUUID().toString());
        }
        return Jdbc.with(db, "compute node create", c -> {
            try {
                return table.insert(c, row, Jdbc.now());
            } catch (SQLException e) {
                if (Dialect.isDuplicateKey(e)) {
                    throw new IllegalArgumentException("compute node " + row.getHost() + "/"
                            + row.getHypervisorHostname() + " already exists", e);
                }
                throw e;
            }
        });
    }

    @Override
    public ComputeNode save(ComputeNode node) {
        Long id = node.getId();
        if (id == null) {
            throw new IllegalArgumentException("ComputeNode.save() needs the node's id");
        }
        return Jdbc.with(db, "compute node save", c -> {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                ObjectTable.Row<ComputeNode> row = table.selectOne(c, "id = ? AND deleted = 0", id);
                if (row == null) {
                    throw new ComputeHostNotFound(node.isSet("host") ? node.getHost() : String.valueOf(id));
                }
                // the row was read for this attempt alone: it becomes the next version in place
                ComputeNode next = row.object();
                for (String f : node.whatChanged()) {
                    if (table.saves(f)) {
                        next.load(f, node.get(f));
                    }
                }
                if (table.update(c, row, next, Jdbc.now())) {
                    next.resetChanges();
                    return next;
                }
            }
            throw new DatabaseException("compute node save of id " + id + " lost " + MAX_ATTEMPTS + " races", null);
        });
    }

    @Override
    public ComputeNode getByHostAndNodename(String host, String nodename) {
        return Jdbc.with(db, "compute node get", c -> {
            ObjectTable.Row<ComputeNode> row = table.selectOne(c,
                    "host = ? AND hypervisor_hostname = ? AND deleted = 0", host, nodename);
            if (row == null) {
                throw new ComputeHostNotFound(host);
            }
            return row.object();
        });
    }

    @Override
    public List<ComputeNode> listAll() {
        return Jdbc.with(db, "compute node list", c -> objects(table.select(c, "deleted = 0 ORDER BY id")));
    }

    @Override
    public List<ComputeNode> listByHost(String host) {
        List<ComputeNode> nodes = Jdbc.with(db, "compute node list by host",
                c -> objects(table.select(c, "host = ? AND deleted = 0 ORDER BY id", host)));
        if (nodes.isEmpty()) {
            throw new ComputeHostNotFound(host);
        }
        return nodes;
    }

    private static List<ComputeNode> objects(List<ObjectTable.Row<ComputeNode>> rows) {
        List<ComputeNode> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.object()));
        return out;
    }
}
