package org.jnova.ports.servicegroup;

import java.time.Instant;
import java.util.List;
import org.jnova.domain.objects.Service;

/**
 * Service liveness, after {@code nova/servicegroup}: a member joins its group and reports every
 * {@code report_interval}; anyone asks whether a service is up.
 */
public interface ServiceGroupDriver extends AutoCloseable {
    /**
     * Starts reporting liveness for {@code member} in {@code group}: {@code reporter} is run every
     * {@code report_interval} seconds after an initial 5 s delay. A failing report is logged, the timer
     * keeps running. Nothing is scheduled when report_interval is 0.
     */
    void join(String member, String group, LivenessReporter reporter);

    /** {@code service_is_up}: false if forced down, else whether it reported within service_down_time. */
    boolean isUp(Service service);

    /** When the service last reported. */
    Instant updatedTime(Service service);

    /** The services of a group that are up. */
    List<Service> getAll(String group);

    /** Stops reporting. */
    @Override
    void close();

    /** One liveness report (the DB driver bumps {@code report_count} and saves the Service). */
    @FunctionalInterface
    interface LivenessReporter {
        void reportState() throws Exception;
    }
}
