package org.jnova.compute.ops;

import java.util.Map;
import org.jnova.domain.objects.Instance;

/**
 * The arguments of {@code build_and_run_instance} that jnova's build uses; networks, volumes,
 * accelerators and scheduler limits are accepted on the wire but not acted on, only handed back on a
 * reschedule.
 *
 * @param image the image dict (null: none, an empty dict)
 * @param node the scheduler's node, or null to use the driver's first node
 * @param reschedule what a reschedule sends back to the conductor ({@link RescheduleArgs#NONE}: none)
 */
public record BuildRequest(Instance instance, Map<String, Object> image, String adminPassword, String node,
                           RescheduleArgs reschedule) {
    public BuildRequest {
        image = image == null ? Map.of() : image;
        reschedule = reschedule == null ? RescheduleArgs.NONE : reschedule;
    }

    /** A build that is not rescheduled when it fails. */
    public BuildRequest(Instance instance, Map<String, Object> image, String adminPassword, String node) {
        this(instance, image, adminPassword, node, RescheduleArgs.NONE);
    }
}
