package org.jnova.ports.placement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OpenStack Placement's model, as Nova's scheduler and resource tracker use it: resource providers
 * (one per compute node, named by its hypervisor hostname, with the compute node's uuid), their
 * inventories and traits, and allocations held by consumers (instances). Every write is atomic: a
 * {@link #claim} either fits every inventory it touches at the moment it is written or changes nothing
 * and throws {@link PlacementConflict}; concurrent writers on one consumer are told apart by the
 * consumer generation. Amounts are whole units of their resource class ({@link ResourceClass}).
 *
 * <p>Implementations are thread-safe. Failures to reach the service are {@link PlacementException}s.
 */
public interface PlacementService extends AutoCloseable {
    /** Creates the provider unless one with this uuid exists; a name taken by another uuid is a conflict. */
    ResourceProvider ensureProvider(String uuid, String name);

    /** The provider, or empty if there is none with this uuid. */
    Optional<ResourceProvider> provider(String uuid);

    List<ResourceProvider> providers();

    /** Resource class to inventory; empty for a provider without inventory. {@link ResourceProviderNotFound}. */
    Map<String, Inventory> inventories(String providerUuid);

    /**
     * Replaces the provider's inventory. Capacity may drop below what is allocated (later claims then
     * fail); removing a class that has allocations is a {@link PlacementConflict.Kind#INVENTORY_IN_USE}.
     */
    void setInventories(String providerUuid, Map<String, Inventory> inventories);

    /** Resource class to the amount allocated on the provider (every inventoried class, zero included). */
    Map<String, Long> usages(String providerUuid);

    Set<String> traits(String providerUuid);

    /** Replaces the provider's traits (standard os-traits names, or {@code CUSTOM_*}, created as needed). */
    void setTraits(String providerUuid, Set<String> traits);

    /**
     * {@code GET /allocation_candidates}: the providers that could take every requested amount right now
     * (capacity, used and unit constraints of each class), at most {@code limit}.
     */
    List<ProviderSummary> candidates(Map<String, Long> resources, int limit);

    /** The consumer's allocations and generation; {@link ConsumerAllocations#NONE} if it holds none. */
    ConsumerAllocations allocations(String consumerUuid);

    /** Consumer uuid to resource class to amount, for every consumer holding part of the provider. */
    Map<String, Map<String, Long>> providerAllocations(String providerUuid);

    /**
     * Atomically replaces every allocation of the claim's consumer with the claim's ({@code PUT
     * /allocations/{consumer}}); returns the consumer's new generation. Throws {@link PlacementConflict}
     * with {@link PlacementConflict.Kind#CAPACITY} when an amount does not fit (or breaks min/max unit or
     * step size, or the class has no inventory) and {@link PlacementConflict.Kind#CONSUMER_GENERATION}
     * when the consumer's generation is not the expected one; nothing changes in either case.
     */
    long claim(AllocationClaim claim);

    /** Removes every allocation of the consumer at once; false if it held none. */
    boolean release(String consumerUuid);

    /**
     * Moves the consumer's allocations to {@code allocations} in one write, whatever it holds now (a
     * reschedule): the current generation is read and the claim retried if another writer changed the
     * consumer in between. Capacity conflicts are thrown, and leave the old allocations in place.
     */
    default long move(String consumerUuid, String projectId, String userId, Map<String, Map<String, Long>> allocations) {
        for (int attempt = 1; ; attempt++) {
            ConsumerAllocations current = allocations(consumerUuid);
            try {
                return claim(new AllocationClaim(consumerUuid, projectId, userId, allocations, current.generation()));
            } catch (PlacementConflict e) {
                if (e.kind() != PlacementConflict.Kind.CONSUMER_GENERATION || attempt >= MOVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** How often {@link #move} re-reads a consumer that other writers keep changing. */
    int MOVE_ATTEMPTS = 5;

    @Override
    void close();
}
