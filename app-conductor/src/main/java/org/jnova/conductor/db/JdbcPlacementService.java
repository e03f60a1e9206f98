package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jnova.ports.placement.AllocationClaim;
import org.jnova.ports.placement.ConsumerAllocations;
import org.jnova.ports.placement.Inventory;
import org.jnova.ports.placement.PlacementConflict;
import org.jnova.ports.placement.PlacementException;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.ProviderSummary;
import org.jnova.ports.placement.ResourceProvider;
import org.jnova.ports.placement.ResourceProviderNotFound;

/**
 * The embedded Placement (jnova's default) in the cell database (V4 migration): providers, inventories,
 * traits and reads here, claims and releases in {@link JdbcAllocations}. Inventory and trait writes are one
 * transaction each that locks the provider row (bumping its generation) and then its inventory rows; an
 * inventory row is only removed while nothing is allocated from it, whatever a concurrent claim did.
 */
public final class JdbcPlacementService implements PlacementService {
    private static final Pattern TRAIT = Pattern.compile("[A-Z0-9_]{1,255}");

    private final Database db;
    private final ProviderIds ids = new ProviderIds();
    private final JdbcAllocations allocations;

    private JdbcPlacementService(Database db) {
        this.db = db;
        this.allocations = new JdbcAllocations(db, ids);
    }

    /** The placement tables of {@code db} (already migrated); closing it leaves the database open. */
    public static JdbcPlacementService over(Database db) {
        return new JdbcPlacementService(db);
    }

    @Override
    public ResourceProvider ensureProvider(String uuid, String name) {
        Optional<ResourceProvider> existing = provider(uuid);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return Jdbc.with(db, "resource provider create", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO resource_providers (uuid, name,"
                        + " generation, created_at, updated_at) VALUES (?, ?, 0, ?, ?)")) {
                    Jdbc.bind(ps, uuid, name, Jdbc.now(), Jdbc.now());
                    ps.executeUpdate();
                }
                return new ResourceProvider(uuid, name, 0);
            });
        } catch (DatabaseException e) {
            if (!(e.getCause() instanceof SQLException s) || !Dialect.isDuplicateKey(s)) {
                throw unavailable(e);
            }
            // created meanwhile by another writer, or the name belongs to another provider
            return provider(uuid).orElseThrow(() -> new PlacementConflict(PlacementConflict.Kind.DUPLICATE_PROVIDER,
                    "Conflicting resource provider name: " + name + " already exists."));
        }
    }

    @Override
    public Optional<ResourceProvider> provider(String uuid) {
        return read("resource provider get", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT uuid, name, generation FROM resource_providers WHERE uuid = ?")) {
                Jdbc.bind(ps, uuid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(provider(rs)) : Optional.<ResourceProvider>empty();
                }
            }
        });
    }

    @Override
    public List<ResourceProvider> providers() {
        return read("resource provider list", c -> {
            List<ResourceProvider> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT uuid, name, generation FROM resource_providers ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(provider(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, Inventory> inventories(String providerUuid) {
        Map<String, Inventory> out = new TreeMap<>();
        perProvider("inventory get", providerUuid, "SELECT resource_class, total, reserved, min_unit, max_unit,"
                + " step_size, allocation_ratio FROM inventories WHERE resource_provider_id = ?",
                rs -> out.put(rs.getString(1), new Inventory(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getDouble(7))));
        return out;
    }

    @Override
    public void setInventories(String providerUuid, Map<String, Inventory> inventories) {
        write("inventory set", c -> {
            long id = lockProvider(c, providerUuid);
            Map<String, Long> used = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT resource_class, used FROM inventories WHERE resource_provider_id = ?")) {
                Jdbc.bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        used.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            for (Map.Entry<String, Long> e : used.entrySet()) {
                if (!inventories.containsKey(e.getKey())) {
                    if (e.getValue() > 0) {
                        throw new PlacementConflict(PlacementConflict.Kind.INVENTORY_IN_USE, "update conflict:"
                                + " Inventory for '" + e.getKey() + "' on resource provider '" + providerUuid
                                + "' in use.");
                    }
                    // a claim may have taken some since it was read: only an unused row goes
                    if (update(c, "DELETE FROM inventories WHERE resource_provider_id = ? AND resource_class = ?"
                            + " AND used = 0", id, e.getKey()) == 0) {
                        throw new PlacementConflict(PlacementConflict.Kind.INVENTORY_IN_USE, "update conflict:"
                                + " Inventory for '" + e.getKey() + "' on resource provider '" + providerUuid
                                + "' in use.");
                    }
                }
            }
            for (Map.Entry<String, Inventory> e : inventories.entrySet()) {
                Inventory inv = e.getValue();
                Object[] figures = {inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(), inv.stepSize(),
                    inv.allocationRatio(), inv.capacity()};
                if (used.containsKey(e.getKey())) {
                    update(c, "UPDATE inventories SET total = ?, reserved = ?, min_unit = ?, max_unit = ?,"
                            + " step_size = ?, allocation_ratio = ?, capacity = ? WHERE resource_provider_id = ?"
                            + " AND resource_class = ?", concat(figures, id, e.getKey()));
                } else {
                    update(c, "INSERT INTO inventories (total, reserved, min_unit, max_unit, step_size,"
                            + " allocation_ratio, capacity, resource_provider_id, resource_class, used)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", concat(figures, id, e.getKey()));
                }
            }
            return null;
        });
    }

    @Override
    public Map<String, Long> usages(String providerUuid) {
        Map<String, Long> out = new TreeMap<>();
        perProvider("usages get", providerUuid, "SELECT resource_class, used FROM inventories"
                + " WHERE resource_provider_id = ?", rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    @Override
    public Set<String> traits(String providerUuid) {
        Set<String> out = new LinkedHashSet<>();
        perProvider("traits get", providerUuid, "SELECT trait FROM resource_provider_traits"
                + " WHERE resource_provider_id = ? ORDER BY trait", rs -> out.add(rs.getString(1)));
        return out;
    }

    @Override
    public void setTraits(String providerUuid, Set<String> traits) {
        for (String t : traits) {
            if (!TRAIT.matcher(t).matches()) {
                throw new IllegalArgumentException("invalid trait name '" + t
                        + "': traits are upper-case letters, digits and underscores (CUSTOM_* for custom ones)");
            }
        }
        write("traits set", c -> {
            long id = lockProvider(c, providerUuid);
            update(c, "DELETE FROM resource_provider_traits WHERE resource_provider_id = ?", id);
            for (String t : new java.util.TreeSet<>(traits)) {
                update(c, "INSERT INTO resource_provider_traits (resource_provider_id, trait) VALUES (?, ?)", id, t);
            }
            return null;
        });
    }

    @Override
    public List<ProviderSummary> candidates(Map<String, Long> resources, int limit) {
        Map<String, Long> wanted = new LinkedHashMap<>();
        resources.forEach((rc, n) -> {
            if (n > 0) {
                wanted.put(rc, n);
            }
        });
        return read("allocation candidates", c -> {
            Map<String, Map<String, ProviderSummary.Usage>> usage = new LinkedHashMap<>();
            Map<String, Boolean> fits = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.uuid, i.resource_class, i.capacity, i.used,"
                    + " i.min_unit, i.max_unit, i.step_size FROM resource_providers p JOIN inventories i"
                    + " ON i.resource_provider_id = p.id ORDER BY p.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String rp = rs.getString(1);
                    String rc = rs.getString(2);
                    long capacity = rs.getLong(3);
                    long used = rs.getLong(4);
                    usage.computeIfAbsent(rp, k -> new TreeMap<>()).put(rc, new ProviderSummary.Usage(capacity, used));
                    Long amount = wanted.get(rc);
                    if (amount != null) {
                        boolean ok = amount >= rs.getLong(5) && amount <= rs.getLong(6) && amount % rs.getLong(7) == 0
                                && used + amount <= capacity;
                        fits.merge(rp, ok, Boolean::logicalAnd);
                    }
                }
            }
            List<ProviderSummary> out = new ArrayList<>();
            for (Map.Entry<String, Map<String, ProviderSummary.Usage>> e : usage.entrySet()) {
                boolean hasAll = e.getValue().keySet().containsAll(wanted.keySet());
                if (hasAll && fits.getOrDefault(e.getKey(), wanted.isEmpty()) && out.size() < limit) {
                    out.add(new ProviderSummary(e.getKey(), e.getValue()));
                }
            }
            return out;
        });
    }

    @Override
    public ConsumerAllocations allocations(String consumerUuid) {
        return read("allocations get", c -> JdbcAllocations.read(c, consumerUuid));
    }

    @Override
    public Map<String, Map<String, Long>> providerAllocations(String providerUuid) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        perProvider("provider allocations get", providerUuid, "SELECT consumer_id, resource_class, used"
                + " FROM allocations WHERE resource_provider_id = ? ORDER BY id",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3)));
        return out;
    }

    @Override
    public long claim(AllocationClaim claim) {
        try {
            return allocations.claim(claim);
        } catch (DatabaseException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean release(String consumerUuid) {
        try {
            return allocations.release(consumerUuid);
        } catch (DatabaseException e) {
            throw unavailable(e);
        }
    }

    /** Nothing to close: the database belongs to the conductor's persistence. */
    @Override
    public void close() {
    }

    private <T> T read(String what, Jdbc.Work<T> work) {
        try {
            return Jdbc.with(db, what, work);
        } catch (DatabaseException e) {
            throw unavailable(e);
        }
    }

    private <T> T write(String what, Jdbc.Work<T> work) {
        try {
            return Jdbc.transaction(db, what, work);
        } catch (DatabaseException e) {
            throw unavailable(e);
        }
    }

    /** A database failure as the port's: the scheduler and the heal treat it as Placement being unavailable. */
    private static PlacementException unavailable(DatabaseException e) {
        return new PlacementException("embedded placement: " + e.getMessage(), e);
    }

    /** One row of a {@link #perProvider} read. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} (its one parameter the provider's id) and hands each row to {@code row}. */
    private void perProvider(String what, String providerUuid, String sql, RowReader row) {
        read(what, c -> {
            long id = ids.of(c, providerUuid);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            }
            return null;
        });
    }

    private static ResourceProvider provider(ResultSet rs) throws SQLException {
        return new ResourceProvider(rs.getString(1), rs.getString(2), rs.getLong(3));
    }

    /** Bumps the provider's generation, which locks its row until the transaction ends; returns its id. */
    private long lockProvider(Connection c, String uuid) throws SQLException {
        long id = ids.of(c, uuid);
        update(c, "UPDATE resource_providers SET generation = generation + 1, updated_at = ? WHERE id = ?",
                Jdbc.now(), id);
        return id;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            return ps.executeUpdate();
        }
    }

    private static Object[] concat(Object[] head, Object... tail) {
        Object[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
