package org.jnova.ports.hypervisor;

import java.time.Instant;

/** {@code nova.virt.event.LifecycleEvent}: a guest changed state behind (or in front of) the manager. */
public record LifecycleEvent(String instanceUuid, Transition transition, Instant timestamp) {
    /** Nova's transitions, with their numeric codes. */
    public enum Transition {
        STARTED(0), STOPPED(1), PAUSED(2), RESUMED(3), SUSPENDED(4), POSTCOPY_STARTED(5), MIGRATION_COMPLETED(6);

        private final int code;

        Transition(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }
}
