package org.jnova.ports.placement;

import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;

/**
 * The extension a placement plugin provides, selected by {@code [scheduler] placement_driver} (e.g.
 * {@code openstack}); the embedded placement in the conductor's database needs no plugin.
 */
public interface PlacementDriverFactory {
    /** The {@code placement_driver} value. */
    String name();

    default List<ConfigOption> options() {
        return List.of();
    }

    default String description() {
        return name();
    }

    /** A client configured from the plugin's options (e.g. {@code [placement]}). */
    PlacementService create(ConfigView config);
}
