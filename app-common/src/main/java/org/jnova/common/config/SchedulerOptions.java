package org.jnova.common.config;

import java.util.List;
import org.jnova.ports.config.ConfigOption;

/** jnova's {@code [scheduler]} options: where claims are written and how often they are reconciled. */
public final class SchedulerOptions {
    /** The placement in the conductor's own database. */
    public static final String EMBEDDED = "embedded";

    public static final ConfigOption PLACEMENT_DRIVER = ConfigOption.string("scheduler", "placement_driver", EMBEDDED,
            "Where resource providers, inventories and claims live: embedded (tables in the conductor's [database],"
                    + " nothing else to run) or the name of a placement plugin, e.g. openstack (an OpenStack Placement"
                    + " service reached as [placement] says). Conductors and computes must name the same one.");
    public static final ConfigOption HEAL_ALLOCATIONS_INTERVAL = ConfigOption.integer("scheduler",
            "heal_allocations_interval", 60, 0, null,
            "Seconds between the conductor's reconciliations of allocations with the instances that exist: an"
                    + " allocation seen twice in a row without a live instance on its node is released, a placed"
                    + " instance seen twice without one gets it. 0 disables it.");

    public static final List<ConfigOption> ALL = List.of(PLACEMENT_DRIVER, HEAL_ALLOCATIONS_INTERVAL);

    private SchedulerOptions() {
    }

    /** Whether the configured driver is the embedded one. */
    public static boolean embedded(ConfigOpts config) {
        return EMBEDDED.equals(config.string(PLACEMENT_DRIVER));
    }
}
