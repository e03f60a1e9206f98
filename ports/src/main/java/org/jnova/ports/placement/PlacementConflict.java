package org.jnova.ports.placement;

/** A write refused because the state it depends on is not what it needs (HTTP 409 in Placement). */
public final class PlacementConflict extends PlacementException {
    /** Why the write was refused. */
    public enum Kind {
        /** An amount does not fit the provider's capacity, unit constraints or inventory. */
        CAPACITY,
        /** The consumer's generation differs from the expected one (another writer changed it). */
        CONSUMER_GENERATION,
        /** An inventory being removed still has allocations. */
        INVENTORY_IN_USE,
        /** A provider name or uuid that another provider already has. */
        DUPLICATE_PROVIDER
    }

    private final Kind kind;

    public PlacementConflict(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
