package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jnova.ports.placement.AllocationClaim;
import org.jnova.ports.placement.ConsumerAllocations;
import org.jnova.ports.placement.PlacementConflict;

/**
 * Claims and releases of the embedded Placement, each one transaction: the consumer row first (its
 * generation compared and bumped, or the row created for a new consumer), then the inventory rows of each
 * provider involved (in provider id order), where one conditional UPDATE per provider takes every class's
 * amount only if, for each, {@code used + amount <= capacity} and the unit constraints hold at that moment:
 * the row locks serialize concurrent claimers in any process, and a claim that does not fit changes
 * nothing. Unlike OpenStack Placement, allocation writes leave the provider generation alone (inventory
 * and trait writes bump it): the inventory rows are what decides.
 */
final class JdbcAllocations {
    private final Database db;
    private final ProviderIds ids;

    JdbcAllocations(Database db, ProviderIds ids) {
        this.db = db;
        this.ids = ids;
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
            boolean fresh = claim.consumerGeneration() == null; // a new consumer holds nothing yet
            Map<Slot, Long> held = fresh ? Map.of() : held(c, claim.consumerUuid());
            TreeMap<Long, Map<String, Long>> wanted = new TreeMap<>();
            Map<Long, String> uuids = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Long>> rp : claim.allocations().entrySet()) {
                long id = ids.of(c, rp.getKey());
                uuids.put(id, rp.getKey());
                wanted.put(id, new TreeMap<>(rp.getValue()));
            }
            TreeMap<Long, Map<String, Long>> given = new TreeMap<>();
            held.forEach((slot, n) -> {
                if (!wanted.getOrDefault(slot.providerId(), Map.of()).containsKey(slot.resourceClass())) {
                    given.computeIfAbsent(slot.providerId(), k -> new TreeMap<>()).put(slot.resourceClass(), n);
                }
            });
            TreeSet<Long> providers = new TreeSet<>(wanted.keySet());
            providers.addAll(given.keySet());
            for (long id : providers) {
                take(c, id, uuids.get(id), wanted.getOrDefault(id, Map.of()), held);
                giveBack(c, id, given.getOrDefault(id, Map.of()));
            }
            if (!fresh) {
                JdbcPlacementService.update(c, "DELETE FROM allocations WHERE consumer_id = ?", claim.consumerUuid());
            }
            if (wanted.isEmpty()) {
                JdbcPlacementService.update(c, "DELETE FROM consumers WHERE uuid = ?", claim.consumerUuid());
                return generation;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO allocations (resource_provider_id,"
                    + " consumer_id, resource_class, used, created_at) VALUES (?, ?, ?, ?, ?)")) {
                java.time.Instant now = Jdbc.now();
                for (Map.Entry<Long, Map<String, Long>> rp : wanted.entrySet()) {
                    for (Map.Entry<String, Long> e : rp.getValue().entrySet()) {
                        Jdbc.bind(ps, rp.getKey(), claim.consumerUuid(), e.getKey(), e.getValue(), now);
                        ps.addBatch();
                    }
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
            TreeMap<Long, Map<String, Long>> given = new TreeMap<>();
            held(c, consumerUuid).forEach((slot, n) ->
                    given.computeIfAbsent(slot.providerId(), k -> new TreeMap<>()).put(slot.resourceClass(), n));
            for (Map.Entry<Long, Map<String, Long>> rp : given.entrySet()) {
                giveBack(c, rp.getKey(), rp.getValue());
            }
            JdbcPlacementService.update(c, "DELETE FROM allocations WHERE consumer_id = ?", consumerUuid);
            JdbcPlacementService.update(c, "DELETE FROM consumers WHERE uuid = ?", consumerUuid);
            return !given.isEmpty();
        });
    }

    /**
     * Takes the amounts of every class of one provider in one statement, each class's row changing by what
     * the consumer wants minus what it held there; throws a capacity conflict unless every row qualified.
     */
    private static void take(Connection c, long providerId, String providerUuid, Map<String, Long> amounts,
                             Map<Slot, Long> held) throws SQLException {
        if (amounts.isEmpty()) {
            return;
        }
        StringBuilder delta = new StringBuilder("CASE resource_class");
        StringBuilder fits = new StringBuilder();
        List<Object> deltaParams = new ArrayList<>();
        List<Object> fitParams = new ArrayList<>();
        for (Map.Entry<String, Long> e : amounts.entrySet()) {
            long want = e.getValue();
            long change = want - held.getOrDefault(new Slot(providerId, e.getKey()), 0L);
            delta.append(" WHEN ? THEN ?");
            deltaParams.add(e.getKey());
            deltaParams.add(change);
            fits.append(fits.length() == 0 ? "" : " OR ").append("(resource_class = ? AND used + ? <= capacity"
                    + " AND min_unit <= ? AND max_unit >= ? AND MOD(?, step_size) = 0)");
            fitParams.addAll(List.of(e.getKey(), change, want, want, want));
        }
        delta.append(" ELSE 0 END");
        List<Object> params = new ArrayList<>(deltaParams);
        params.add(providerId);
        params.addAll(fitParams);
        int n = JdbcPlacementService.update(c, "UPDATE inventories SET used = used + " + delta
                + " WHERE resource_provider_id = ? AND (" + fits + ")", params.toArray());
        if (n != amounts.size()) {
            throw capacityConflict(c, providerId, providerUuid, amounts, held);
        }
    }

    /** Gives back what the consumer held of classes it no longer wants on one provider. */
    private static void giveBack(Connection c, long providerId, Map<String, Long> amounts) throws SQLException {
        for (Map.Entry<String, Long> e : amounts.entrySet()) {
            JdbcPlacementService.update(c, "UPDATE inventories SET used = used - ? WHERE resource_provider_id = ?"
                    + " AND resource_class = ?", e.getValue(), providerId, e.getKey());
        }
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

    /** Why the provider refused, in Placement's words: the first class that does not qualify. */
    private static PlacementConflict capacityConflict(Connection c, long providerId, String providerUuid,
                                                      Map<String, Long> amounts, Map<Slot, Long> held)
            throws SQLException {
        for (Map.Entry<String, Long> e : amounts.entrySet()) {
            String where = "'" + e.getKey() + "' on resource provider '" + providerUuid + "'";
            long amount = e.getValue();
            long change = amount - held.getOrDefault(new Slot(providerId, e.getKey()), 0L);
            try (PreparedStatement ps = c.prepareStatement("SELECT capacity, used, min_unit, max_unit, step_size"
                    + " FROM inventories WHERE resource_provider_id = ? AND resource_class = ?")) {
                Jdbc.bind(ps, providerId, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    String why = null;
                    if (!rs.next()) {
                        why = "Inventory for " + where + " invalid.";
                    } else if (amount < rs.getLong(3) || amount > rs.getLong(4) || amount % rs.getLong(5) != 0) {
                        why = "Allocation for " + where + " violates min_unit, max_unit, or step_size.";
                    } else if (rs.getLong(2) + change > rs.getLong(1)) {
                        why = "Unable to create allocation for " + where + ". The requested amount would exceed"
                                + " the capacity.";
                    }
                    if (why != null) {
                        return new PlacementConflict(PlacementConflict.Kind.CAPACITY, "Unable to allocate inventory: "
                                + why);
                    }
                }
            }
        }
        return new PlacementConflict(PlacementConflict.Kind.CAPACITY, "Unable to allocate inventory on resource"
                + " provider '" + providerUuid + "'");
    }
}
