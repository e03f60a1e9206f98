package org.jnova.compute.ops;

/**
 * The configuration values the operations read, resolved once at start.
 *
 * @param host                  {@code CONF.host}; written into faults, events and the instance
 * @param shutdownTimeout       {@code shutdown_timeout}: seconds a clean power-off waits for the guest
 * @param shutdownRetryInterval {@code [compute] shutdown_retry_interval}
 * @param maxConcurrentBuilds   {@code max_concurrent_builds}; 0 means unlimited
 */
public record ComputeSettings(String host, int shutdownTimeout, int shutdownRetryInterval, int maxConcurrentBuilds) {
    public ComputeSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("compute settings need a host name");
        }
        if (maxConcurrentBuilds < 0) {
            throw new IllegalArgumentException("max_concurrent_builds must be >= 0, got " + maxConcurrentBuilds);
        }
    }
}
