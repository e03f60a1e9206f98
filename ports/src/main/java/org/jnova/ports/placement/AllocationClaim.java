package org.jnova.ports.placement;

import java.util.Map;
import java.util.Objects;

/**
 * "These amounts for this consumer": provider uuid to resource class to amount (amounts of zero are
 * dropped), owned by a project and user. {@code consumerGeneration} is the generation the writer last
 * saw, null for a consumer that must not hold anything yet.
 */
public record AllocationClaim(String consumerUuid, String projectId, String userId,
                              Map<String, Map<String, Long>> allocations, Long consumerGeneration) {
    public AllocationClaim {
        Objects.requireNonNull(consumerUuid, "consumerUuid");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
        java.util.LinkedHashMap<String, Map<String, Long>> kept = new java.util.LinkedHashMap<>();
        allocations.forEach((rp, amounts) -> {
            java.util.LinkedHashMap<String, Long> nonZero = new java.util.LinkedHashMap<>();
            amounts.forEach((rc, n) -> {
                if (n < 0) {
                    throw new IllegalArgumentException("negative amount " + n + " of " + rc + " on " + rp);
                }
                if (n > 0) {
                    nonZero.put(rc, n);
                }
            });
            if (!nonZero.isEmpty()) {
                kept.put(rp, Map.copyOf(nonZero));
            }
        });
        allocations = Map.copyOf(kept);
    }

    /** A new consumer taking {@code amounts} from one provider. */
    public static AllocationClaim onProvider(String consumerUuid, String projectId, String userId,
                                             String providerUuid, Map<String, Long> amounts) {
        return new AllocationClaim(consumerUuid, projectId, userId, Map.of(providerUuid, amounts), null);
    }
}
