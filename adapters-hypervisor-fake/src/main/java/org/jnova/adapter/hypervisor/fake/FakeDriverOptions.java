package org.jnova.adapter.hypervisor.fake;

import java.util.List;
import org.jnova.ports.config.ConfigOption;

/** The {@code [fake_driver]} options; unset sizes fall back to the selected variant's figures. */
final class FakeDriverOptions {
    static final String GROUP = "fake_driver";

    static final ConfigOption VCPUS = ConfigOption.integer(GROUP, "vcpus", null, 1, null,
            "Total vCPUs the fake host reports (unset: 1000, or the Small/Medium variant's figure).");
    static final ConfigOption MEMORY_MB = ConfigOption.integer(GROUP, "memory_mb", null, 1, null,
            "Total RAM in MB the fake host reports (unset: 800000, or the variant's figure).");
    static final ConfigOption LOCAL_GB = ConfigOption.integer(GROUP, "local_gb", null, 1, null,
            "Total disk in GB the fake host reports (unset: 600000, or the variant's figure).");
    static final ConfigOption FAIL_OPERATIONS = ConfigOption.list(GROUP, "fail_operations", List.of(),
            "Operations that fail for every instance (spawn, power_off, power_on, reboot, pause, unpause, "
                    + "suspend, resume, destroy). The instance metadata key fake_fail does the same per instance.");
    static final ConfigOption OPERATION_DELAY_MS = ConfigOption.integer(GROUP, "operation_delay_ms", 0, 0, null,
            "Milliseconds every guest operation sleeps, to make in-flight states observable.");

    static final List<ConfigOption> ALL = List.of(VCPUS, MEMORY_MB, LOCAL_GB, FAIL_OPERATIONS, OPERATION_DELAY_MS);

    private FakeDriverOptions() {
    }
}
