package org.jnova.common.service;

/** A started service. {@link #close()} is a graceful stop and never throws. */
public interface RunningService extends AutoCloseable {
    /** Graceful stop: stop consuming, wait for in-flight work, clean up the host, cancel timers. */
    @Override
    void close();

    /** One line for logs, e.g. {@code nova-compute on host1 (topic compute)}. */
    String description();
}
