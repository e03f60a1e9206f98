package org.jnova.conductor.db;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.jnova.domain.error.FlavorExists;
import org.jnova.domain.error.FlavorIdExists;
import org.jnova.domain.error.FlavorNotFound;
import org.jnova.domain.objects.Flavor;
import org.jnova.ports.persistence.FlavorRepository;

/** {@link FlavorRepository} over {@code flavors}, seeded with Nova's classic flavors on first open. */
final class JdbcFlavorRepository implements FlavorRepository {
    /** flavorid, name, memory_mb, vcpus, root_gb: Nova's historical default flavors. */
    private static final Object[][] CLASSIC = {
        {"1", "m1.tiny", 512, 1, 1},
        {"2", "m1.small", 2048, 1, 20},
        {"3", "m1.medium", 4096, 2, 40},
        {"4", "m1.large", 8192, 4, 80},
        {"5", "m1.xlarge", 16384, 8, 160},
    };

    private final Database db;
    private final ObjectTable<Flavor> table = new ObjectTable<>("flavors", Flavor::new, List.of(
            new ObjectTable.Mirror("flavorid", "flavorid"),
            new ObjectTable.Mirror("name", "name"),
            new ObjectTable.Mirror("disabled", "disabled")), Set.of("projects"));

    JdbcFlavorRepository(Database db) {
        this.db = db;
    }

    /** Inserts the classic flavors that are missing; a concurrent seeder's duplicate is ignored. */
    void seed() {
        Jdbc.with(db, "flavor seed", c -> {
            for (Object[] f : CLASSIC) {
                if (table.selectOne(c, "flavorid = ? AND deleted = 0", f[0]) != null) {
                    continue;
                }
                try {
                    table.insert(c, classic(f), Jdbc.now());
                } catch (SQLException e) {
                    if (!Dialect.isDuplicateKey(e)) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Flavor getByFlavorId(String flavorId) {
        return Jdbc.with(db, "flavor get", c -> {
            ObjectTable.Row<Flavor> row = table.selectOne(c, "flavorid = ? AND deleted = 0", flavorId);
            if (row == null) {
                throw new FlavorNotFound(flavorId);
            }
            return row.object();
        });
    }

    @Override
    public List<Flavor> listAll(boolean includeDisabled) {
        return Jdbc.with(db, "flavor list", c -> {
            List<Flavor> out = new ArrayList<>();
            (includeDisabled ? table.select(c, "deleted = 0") : table.select(c, "deleted = 0 AND disabled = ?", false))
                    .forEach(r -> out.add(r.object()));
            // flavorid is a string column: "10" must sort after "9", as Nova's integer-looking ids do
            out.sort((a, b) -> compareFlavorIds(a.getFlavorId(), b.getFlavorId()));
            return out;
        });
    }

    @Override
    public Flavor create(Flavor flavor) {
        return Jdbc.with(db, "flavor create", c -> {
            if (table.selectOne(c, "flavorid = ? AND deleted = 0", flavor.getFlavorId()) != null) {
                throw new FlavorIdExists(flavor.getFlavorId());
            }
            if (table.selectOne(c, "name = ? AND deleted = 0", flavor.getName()) != null) {
                throw new FlavorExists(flavor.getName());
            }
            return table.insert(c, flavor, Jdbc.now());
        });
    }

    @Override
    public void destroy(String flavorId) {
        Jdbc.with(db, "flavor destroy", c -> {
            ObjectTable.Row<Flavor> row = table.selectOne(c, "flavorid = ? AND deleted = 0", flavorId);
            if (row == null) {
                throw new FlavorNotFound(flavorId);
            }
            table.softDelete(c, row.id(), Jdbc.now());
            return null;
        });
    }

    @Override
    public Flavor saveExtraSpecs(String flavorId, Map<String, String> toAdd, List<String> toDelete) {
        return Jdbc.with(db, "flavor extra specs", c -> {
            for (int attempt = 0; ; attempt++) {
                ObjectTable.Row<Flavor> row = table.selectOne(c, "flavorid = ? AND deleted = 0", flavorId);
                if (row == null) {
                    throw new FlavorNotFound(flavorId);
                }
                Flavor next = row.object();
                Map<String, String> specs = new LinkedHashMap<>();
                if (next.isSet("extra_specs") && next.get("extra_specs") instanceof Map<?, ?> old) {
                    old.forEach((k, v) -> specs.put(String.valueOf(k), String.valueOf(v)));
                }
                specs.putAll(toAdd);
                toDelete.forEach(specs::remove);
                next.set("extra_specs", specs);
                if (table.update(c, row, next, Jdbc.now()) || attempt >= 5) {
                    return next;
                }
            }
        });
    }

    private static int compareFlavorIds(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
        boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }

    private static Flavor classic(Object[] f) {
        Flavor flavor = new Flavor();
        flavor.load("name", f[1]);
        flavor.load("memory_mb", ((Integer) f[2]).longValue());
        flavor.load("vcpus", ((Integer) f[3]).longValue());
        flavor.load("root_gb", ((Integer) f[4]).longValue());
        flavor.load("ephemeral_gb", 0L);
        flavor.load("flavorid", f[0]);
        flavor.load("swap", 0L);
        flavor.load("rxtx_factor", 1.0);
        flavor.load("vcpu_weight", null);
        flavor.load("disabled", false);
        flavor.load("is_public", true);
        flavor.load("extra_specs", new LinkedHashMap<>());
        flavor.load("description", null);
        return flavor;
    }
}
