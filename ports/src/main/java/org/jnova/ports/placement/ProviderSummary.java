package org.jnova.ports.placement;

import java.util.Map;

/** A candidate provider: for each of its resource classes, how much can be allocated and how much is. */
public record ProviderSummary(String providerUuid, Map<String, Usage> resources) {
    public ProviderSummary {
        resources = Map.copyOf(resources);
    }

    /** Capacity ({@link Inventory#capacity()}) and the amount allocated. */
    public record Usage(long capacity, long used) {
        public long free() {
            return capacity - used;
        }
    }

    /** The usage of a class, or zero of zero when the provider has none of it. */
    public Usage usage(String resourceClass) {
        return resources.getOrDefault(resourceClass, new Usage(0, 0));
    }
}
