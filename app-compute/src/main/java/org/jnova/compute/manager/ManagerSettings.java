package org.jnova.compute.manager;

import java.time.Duration;

/**
 * The manager's own settings, resolved from config at start.
 *
 * @param syncPowerStateInterval  {@code sync_power_state_interval}; null disables the task (negative)
 * @param updateResourcesInterval {@code update_resources_interval} (0 is read as 60 s)
 * @param handleLifecycleEvents   {@code [workarounds] handle_virt_lifecycle_events}
 * @param gracefulShutdownTimeout how long stop waits for builds in flight ({@code graceful_shutdown_timeout})
 */
public record ManagerSettings(Duration syncPowerStateInterval, Duration updateResourcesInterval,
                              boolean handleLifecycleEvents, Duration gracefulShutdownTimeout) {

    /** oslo's periodic_task spacing rule: 0 means the default 60 s, negative disables (null). */
    public static Duration spacing(int seconds) {
        if (seconds < 0) {
            return null;
        }
        return Duration.ofSeconds(seconds == 0 ? 60 : seconds);
    }
}
