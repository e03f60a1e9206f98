package org.jnova.ports.placement;

import java.util.Map;

/**
 * What a consumer holds: provider uuid to resource class to amount, with the consumer's generation
 * (null when it holds nothing, which is how Placement shows a consumer that does not exist).
 */
public record ConsumerAllocations(Long generation, String projectId, String userId,
                                  Map<String, Map<String, Long>> allocations) {
    public static final ConsumerAllocations NONE = new ConsumerAllocations(null, null, null, Map.of());

    public ConsumerAllocations {
        allocations = Map.copyOf(allocations);
    }

    public boolean isEmpty() {
        return allocations.isEmpty();
    }
}
