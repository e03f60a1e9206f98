package org.jnova.ports.persistence;

import java.util.List;
import org.jnova.domain.objects.Flavor;

/** Flavors, seeded with Nova's classic m1.* set (ids 1 to 5). */
public interface FlavorRepository {
    /** {@code Flavor.get_by_flavor_id}; {@code FlavorNotFound} if unknown. */
    Flavor getByFlavorId(String flavorId);

    /** {@code FlavorList.get_all}: sorted by {@code flavorid} ascending; disabled ones only if asked. */
    List<Flavor> listAll(boolean includeDisabled);
}
