package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jnova.ports.placement.AllocationClaim;
import org.jnova.ports.placement.ConsumerAllocations;
import org.jnova.ports.placement.PlacementConflict;

/**
 * Claims and releases of the embedded Placement, each one transaction: the consumer row first (its
 * generation compared and bumped, or the row created for a new consumer), then every provider involved
 * (generation bumped, in id order), then their inventory rows (in provider and class order), where one
 * conditional UPDATE per class takes the amount only if {@code used + amount <= capacity} and the unit
 * constraints hold at that moment. A claim that does not fit changes nothing.
 */
final class JdbcAllocations {
    private final Database db;

    JdbcAllocations(Database db) {
        this.db = db;
    }

    /** One provider's resource class, ordered as rows are locked. */
    private record Slot(long providerId, String resourceClass) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            int byProvider = Long.compare(providerId, o.providerId);
            return byProvider != 0 ? byProvider : resourceClass.compareTo(o.resourceClass);
        }
    }

    long claim(AllocationClaim claim) {
        return Jdbc.transaction(db, "allocation claim", c -> {
            long generation = takeConsumer(c, claim);
            Map<Slot, Long> held = held(c, claim.consumerUuid());
            Map<Slot, Long> wanted = new TreeMap<>();
            Map<Long, String> uuids = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Long>> rp : claim.allocations().entrySet()) {
                long id = JdbcPlacementService.providerId(c, rp.getKey());
                uuids.put(id, rp.getKey());
                rp.getValue().forEach((rc, n) -> wanted.put(new Slot(id, rc), n));
            }
            TreeMap<Slot, Long> slots = new TreeMap<>(held);
            wanted.forEach(slots::putIfAbsent);
            lockProviders(c, slots);
            for (Slot s : slots.keySet()) {
                long want = wanted.getOrDefault(s, 0L);
                long delta = want - held.getOrDefault(s, 0L);
                if (want > 0) {
                    int n = JdbcPlacementService.update(c, "UPDATE inventories SET used = used + ?"
                            + " WHERE resource_provider_id = ? AND resource_class = ? AND used + ? <= capacity"
                            + " AND min_unit <= ? AND max_unit >= ? AND MOD(?, step_size) = 0",
                            delta, s.providerId(), s.resourceClass(), delta, want, want, want);
                    if (n == 0) {
                        throw capacityConflict(c, s, uuids.get(s.providerId()), want);
                    }
                } else {
                    JdbcPlacementService.update(c, "UPDATE inventories SET used = used - ? WHERE"
                            + " resource_provider_id = ? AND resource_class = ?", -delta, s.providerId(), s.resourceClass());
                }
            }
            JdbcPlacementService.update(c, "DELETE FROM allocations WHERE consumer_id = ?", claim.consumerUuid());
            if (wanted.isEmpty()) {
                JdbcPlacementService.update(c, "DELETE FROM consumers WHERE uuid = ?", claim.consumerUuid());
                return generation;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO allocations (resource_provider_id,"
                    + " consumer_id, resource_class, used, created_at) VALUES (?, ?, ?, ?, ?)")) {
                java.time.Instant now = Jdbc.now();
                for (Map.Entry<Slot, Long> e : wanted.entrySet()) {
                    Jdbc.bind(ps, e.getKey().providerId(), claim.consumerUuid(), e.getKey().resourceClass(),
                            e.getValue(), now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return generation;
        });
    }

    boolean release(String consumerUuid) {
        return Jdbc.transaction(db, "allocation release", c -> {
            if (JdbcPlacementService.update(c, "UPDATE consumers SET generation = generation + 1 WHERE uuid = ?",
                    consumerUuid) == 0) {
                return false;
            }
            Map<Slot, Long> held = new TreeMap<>(held(c, consumerUuid));
            lockProviders(c, held);
            for (Map.Entry<Slot, Long> e : held.entrySet()) {
                JdbcPlacementService.update(c, "UPDATE inventories SET used = used - ? WHERE resource_provider_id = ?"
                        + " AND resource_class = ?", e.getValue(), e.getKey().providerId(), e.getKey().resourceClass());
            }
            JdbcPlacementService.update(c, "DELETE FROM allocations WHERE consumer_id = ?", consumerUuid);
            JdbcPlacementService.update(c, "DELETE FROM consumers WHERE uuid = ?", consumerUuid);
            return !held.isEmpty();
        });
    }

    /** The consumer's allocations by provider uuid, with its generation; NONE when it holds nothing. */
    static ConsumerAllocations read(Connection c, String consumerUuid) throws SQLException {
        Long generation;
        String project;
        String user;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT generation, project_id, user_id FROM consumers WHERE uuid = ?")) {
            Jdbc.bind(ps, consumerUuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return ConsumerAllocations.NONE;
                }
                generation = rs.getLong(1);
                project = rs.getString(2);
                user = rs.getString(3);
            }
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.uuid, a.resource_class, a.used FROM allocations a"
                + " JOIN resource_providers p ON p.id = a.resource_provider_id WHERE a.consumer_id = ? ORDER BY a.id")) {
            Jdbc.bind(ps, consumerUuid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
        }
        return out.isEmpty() ? ConsumerAllocations.NONE : new ConsumerAllocations(generation, project, user, out);
    }

    /**
     * Locks the consumer for this transaction and returns its generation after the write: a new consumer
     * row (generation 1) when none was expected, else the expected generation bumped if it still matches.
     */
    private static long takeConsumer(Connection c, AllocationClaim claim) throws SQLException {
        Long expected = claim.consumerGeneration();
        if (expected == null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO consumers (uuid, project_id, user_id,"
                    + " generation, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)")) {
                Jdbc.bind(ps, claim.consumerUuid(), claim.projectId(), claim.userId(), Jdbc.now(), Jdbc.now());
                ps.executeUpdate();
                return 1;
            } catch (SQLException e) {
                if (Dialect.isDuplicateKey(e)) {
                    throw new PlacementConflict(PlacementConflict.Kind.CONSUMER_GENERATION,
                            "consumer generation conflict - expected the consumer's current generation but got None");
                }
                throw e;
            }
        }
        int n = JdbcPlacementService.update(c, "UPDATE consumers SET generation = generation + 1, project_id = ?,"
                + " user_id = ?, updated_at = ? WHERE uuid = ? AND generation = ?", claim.projectId(), claim.userId(),
                Jdbc.now(), claim.consumerUuid(), expected);
        if (n == 0) {
            ConsumerAllocations current = read(c, claim.consumerUuid());
            throw new PlacementConflict(PlacementConflict.Kind.CONSUMER_GENERATION, "consumer generation conflict -"
                    + " expected " + (current.generation() == null ? "None" : current.generation()) + " but got "
                    + expected);
        }
        return expected + 1;
    }

    private static Map<Slot, Long> held(Connection c, String consumerUuid) throws SQLException {
        Map<Slot, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT resource_provider_id, resource_class, used FROM allocations WHERE consumer_id = ?")) {
            Jdbc.bind(ps, consumerUuid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.merge(new Slot(rs.getLong(1), rs.getString(2)), rs.getLong(3), Long::sum);
                }
            }
        }
        return out;
    }

    /** Bumps the generation of every provider the slots touch, in id order (the lock order of every writer). */
    private static void lockProviders(Connection c, Map<Slot, Long> slots) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        slots.keySet().forEach(s -> ids.add(s.providerId()));
        for (long id : ids) {
            JdbcPlacementService.update(c, "UPDATE resource_providers SET generation = generation + 1 WHERE id = ?", id);
        }
    }

    /** Why a class refused the amount, in Placement's words. */
    private static PlacementConflict capacityConflict(Connection c, Slot s, String providerUuid, long amount)
            throws SQLException {
        String where = "'" + s.resourceClass() + "' on resource provider '" + providerUuid + "'";
        try (PreparedStatement ps = c.prepareStatement("SELECT capacity, used, min_unit, max_unit, step_size"
                + " FROM inventories WHERE resource_provider_id = ? AND resource_class = ?")) {
            Jdbc.bind(ps, s.providerId(), s.resourceClass());
            try (ResultSet rs = ps.executeQuery()) {
                String why;
                if (!rs.next()) {
                    why = "Inventory for " + where + " invalid.";
                } else if (amount < rs.getLong(3) || amount > rs.getLong(4) || amount % rs.getLong(5) != 0) {
                    why = "Allocation for " + where + " violates min_unit, max_unit, or step_size.";
                } else {
                    why = "Unable to create allocation for " + where + ". The requested amount would exceed the"
                            + " capacity.";
                }
                return new PlacementConflict(PlacementConflict.Kind.CAPACITY, "Unable to allocate inventory: " + why);
            }
        }
    }
}
