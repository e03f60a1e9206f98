package org.jnova.ports.persistence;

import java.util.List;
import org.jnova.domain.objects.Flavor;

/** Flavors, seeded with Nova's classic m1.* set (ids 1 to 5). */
public interface FlavorRepository {
    /** {@code Flavor.get_by_flavor_id}; {@code FlavorNotFound} if unknown. */
    Flavor getByFlavorId(String flavorId);

    /** {@code FlavorList.get_all}: sorted by {@code flavorid} ascending; disabled ones only if asked. */
    List<Flavor> listAll(boolean includeDisabled);

    /** {@code Flavor.create}: stores a new flavor; {@code FlavorIdExists} / {@code FlavorExists} when its flavorid or name is taken. */
    Flavor create(Flavor flavor);

    /** {@code Flavor.destroy}: soft-deletes the flavor; {@code FlavorNotFound} if it is gone. */
    void destroy(String flavorId);

    /** {@code Flavor.save_extra_specs}: adds/replaces then removes extra specs; returns the stored flavor. */
    Flavor saveExtraSpecs(String flavorId, java.util.Map<String, String> toAdd, List<String> toDelete);
}
