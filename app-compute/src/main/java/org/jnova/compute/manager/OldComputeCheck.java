package org.jnova.compute.manager;

/**
 * {@code utils.raise_if_old_compute} (spec §2.6): a cell whose oldest nova-compute is below Yoga
 * (service version 61) cannot run this release. A minimum of 0 means no compute has registered yet.
 */
public final class OldComputeCheck {
    /** {@code SERVICE_VERSION_ALIASES['Yoga']}, Zed's {@code OLDEST_SUPPORTED_SERVICE_VERSION}. */
    public static final int OLDEST_SUPPORTED_SERVICE_LEVEL = 61;

    private OldComputeCheck() {
    }

    /** Throws when the cell's minimum nova-compute service version is too old. */
    public static void check(int minimumComputeVersion) {
        if (minimumComputeVersion > 0 && minimumComputeVersion < OLDEST_SUPPORTED_SERVICE_LEVEL) {
            throw new IllegalStateException("Current Nova version does not support computes older than Yoga but "
                    + "the minimum compute service level in your cell is " + minimumComputeVersion
                    + " and the oldest supported service level is " + OLDEST_SUPPORTED_SERVICE_LEVEL + ".");
        }
    }
}
