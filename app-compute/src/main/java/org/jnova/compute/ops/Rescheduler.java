package org.jnova.compute.ops;

import java.util.Map;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;

/** Hands a failed build back to the conductor ({@code compute_task_api.build_instances} with host_lists). */
@FunctionalInterface
public interface Rescheduler {
    /**
     * Casts the reschedule of {@code instance}; {@code filterProperties} already carries the failure.
     */
    void reschedule(RequestContext ctx, Instance instance, Map<String, Object> image, String adminPassword,
                    Map<String, Object> filterProperties, RescheduleArgs args);
}
