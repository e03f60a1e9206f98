package org.jnova.common.service;

import java.time.Duration;
import java.util.Objects;

/**
 * One periodic task of a manager ({@code @periodic_task.periodic_task(spacing=...)}).
 *
 * @param name        for logs, e.g. {@code _sync_power_states}
 * @param spacing     time between the end of one run and the start of the next; must be positive
 * @param action      the work; an exception is logged and the schedule continues
 */
public record PeriodicTask(String name, Duration spacing, Action action) {

    /** The body of a periodic task. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    public PeriodicTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        if (spacing == null || spacing.isZero() || spacing.isNegative()) {
            throw new IllegalArgumentException("periodic task " + name + " needs a positive spacing, got " + spacing);
        }
    }
}
