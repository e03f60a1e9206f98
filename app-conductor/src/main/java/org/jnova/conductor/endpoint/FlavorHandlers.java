package org.jnova.conductor.endpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.ObjectActionError;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.FlavorList;
import org.jnova.ports.persistence.FlavorRepository;

/** Flavor and FlavorList remotable methods ({@code nova/objects/flavor.py}). */
public final class FlavorHandlers {
    private final FlavorRepository flavors;

    public FlavorHandlers(FlavorRepository flavors) {
        this.flavors = flavors;
    }

    public void register(ObjectMethods table) {
        table.classMethod("Flavor", PySignature.of("get_by_flavor_id", "flavorid", "read_deleted="),
                (ctx, a) -> flavors.getByFlavorId(a.requiredString("flavorid")));
        table.instanceMethod("Flavor", Flavor.class, PySignature.of("create"), (ctx, self, a) -> {
            if (self.isSet("id")) {
                throw new ObjectActionError("create", "already created");
            }
            InstanceHandlers.copyInto(self, flavors.create(self));
            return null;
        });
        table.instanceMethod("Flavor", Flavor.class, PySignature.of("destroy"), (ctx, self, a) -> {
            flavors.destroy(self.getFlavorId());
            return null;
        });
        table.instanceMethod("Flavor", Flavor.class, PySignature.of("save_extra_specs", "to_add=", "to_delete="),
                (ctx, self, a) -> {
                    Map<String, String> add = new LinkedHashMap<>();
                    if (a.get("to_add") instanceof Map<?, ?> m) {
                        m.forEach((k, v) -> add.put(String.valueOf(k), String.valueOf(v)));
                    }
                    List<String> delete = a.get("to_delete") instanceof List<?> l
                            ? l.stream().map(String::valueOf).toList() : List.of();
                    InstanceHandlers.copyInto(self, flavors.saveExtraSpecs(self.getFlavorId(), add, delete));
                    return null;
                });
        table.classMethod("FlavorList", PySignature.of("get_all", "inactive=", "filters=", "sort_key=", "sort_dir=",
                "limit=", "marker="), (ctx, a) -> {
                    List<Flavor> all = new ArrayList<>(flavors.listAll(a.bool("inactive", false)));
                    String key = a.has("sort_key") && a.get("sort_key") != null ? a.string("sort_key") : "flavorid";
                    if (!key.equals("flavorid")) {
                        all.sort(comparator(key));
                    }
                    if ("desc".equals(a.string("sort_dir"))) {
                        java.util.Collections.reverse(all);
                    }
                    all = page(all, a.string("marker"), a.integer("limit"));
                    FlavorList out = new FlavorList();
                    out.setObjects(all);
                    out.resetChanges();
                    return out;
                });
    }

    private static Comparator<Flavor> comparator(String key) {
        return switch (key) {
            case "name" -> Comparator.comparing(Flavor::getName, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "memory_mb" -> Comparator.comparingInt(Flavor::getMemoryMb);
            case "vcpus" -> Comparator.comparingInt(Flavor::getVcpus);
            case "root_gb" -> Comparator.comparingInt(Flavor::getRootGb);
            case "id" -> Comparator.comparing(Flavor::getId);
            default -> throw new IllegalArgumentException("sort_key '" + key + "' is not supported for flavors");
        };
    }

    /** Flavors after the marker (a flavorid), at most {@code limit}. */
    private static List<Flavor> page(List<Flavor> sorted, String marker, Integer limit) {
        int from = 0;
        if (marker != null) {
            from = -1;
            for (int i = 0; i < sorted.size(); i++) {
                if (marker.equals(sorted.get(i).getFlavorId())) {
                    from = i + 1;
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
