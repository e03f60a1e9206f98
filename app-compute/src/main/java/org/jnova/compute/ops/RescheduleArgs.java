package org.jnova.compute.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code build_and_run_instance} received that a reschedule hands back to the conductor's
 * {@code build_instances}, as it came off the wire: the legacy filter properties (whose {@code retry}
 * record says whether a reschedule is allowed at all), the request spec, the alternate hosts
 * ({@code host_list}) and the networking and file arguments jnova does not act on.
 */
public record RescheduleArgs(Map<String, Object> filterProperties, Object requestSpec, Object hostList,
                             Object injectedFiles, Object requestedNetworks, Object securityGroups) {
    /** No retry information: a failed build is not rescheduled. */
    public static final RescheduleArgs NONE = new RescheduleArgs(null, null, null, null, null, null);

    /**
     * Nova reschedules only when the scheduler gave retry information ({@code filter_properties['retry']},
     * absent with {@code [scheduler] max_attempts = 1} or forced hosts).
     */
    public boolean allowed() {
        return filterProperties != null && filterProperties.get("retry") instanceof Map<?, ?> retry && !retry.isEmpty();
    }

    /**
     * The filter properties to send back, with {@code retry['exc']} (the traceback lines) and
     * {@code retry['exc_reason']} (the message) set as Nova's compute sets them for the conductor.
     */
    public Map<String, Object> withFailure(List<String> tracebackLines, String reason) {
        Map<String, Object> out = new LinkedHashMap<>(filterProperties);
        Map<String, Object> retry = new LinkedHashMap<>();
        ((Map<?, ?>) filterProperties.get("retry")).forEach((k, v) -> retry.put(String.valueOf(k), v));
        retry.put("exc", tracebackLines);
        retry.put("exc_reason", reason);
        out.put("retry", retry);
        return out;
    }
}
