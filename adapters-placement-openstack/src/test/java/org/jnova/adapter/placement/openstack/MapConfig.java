package org.jnova.adapter.placement.openstack;

import java.util.HashMap;
import java.util.Map;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;

/** Explicit option values over the options' defaults. */
final class MapConfig implements ConfigView {
    private final Map<String, Object> values = new HashMap<>();

    MapConfig set(ConfigOption option, Object value) {
        values.put(option.qualifiedName(), value);
        return this;
    }

    @Override
    public Object value(ConfigOption option) {
        return values.getOrDefault(option.qualifiedName(), option.defaultValue());
    }

    /** {@code auth_type = admin_token}, {@code token = admin}: what reaches Placement's noauth2 strategy. */
    static MapConfig adminToken(String endpoint) {
        return new MapConfig().set(PlacementOptions.AUTH_TYPE, "admin_token").set(PlacementOptions.TOKEN, "admin")
                .set(PlacementOptions.ENDPOINT_OVERRIDE, endpoint);
    }
}
