package org.jnova.compute.ops;

import java.util.Map;
import org.jnova.domain.objects.Instance;

/**
 * The arguments of {@code build_and_run_instance} that jnova's build uses; networks, volumes,
 * accelerators and scheduler limits are accepted on the wire but not acted on.
 *
 * @param node the scheduler's node, or null to use the driver's first node
 */
public record BuildRequest(Instance instance, Map<String, Object> image, String adminPassword, String node) {
}
