package org.jnova.ports.placement;

/**
 * One resource class of a provider: {@code total} units of which {@code reserved} are kept back, offered
 * {@code allocationRatio} times over; one allocation takes between {@code minUnit} and {@code maxUnit}
 * units, in multiples of {@code stepSize}.
 */
public record Inventory(long total, long reserved, long minUnit, long maxUnit, long stepSize, double allocationRatio) {
    /** Placement's default {@code max_unit}: the largest amount its API accepts. */
    public static final long MAX_AMOUNT = Integer.MAX_VALUE;

    public Inventory {
        if (total < 1 || reserved < 0 || reserved > total || minUnit < 1 || maxUnit < minUnit || stepSize < 1
                || !(allocationRatio > 0)) {
            throw new IllegalArgumentException("invalid inventory: total " + total + ", reserved " + reserved
                    + ", min_unit " + minUnit + ", max_unit " + maxUnit + ", step_size " + stepSize
                    + ", allocation_ratio " + allocationRatio);
        }
    }

    /** What a compute node reports ({@code update_provider_tree}): min 1, max the total, step 1. */
    public static Inventory of(long total, long reserved, double allocationRatio) {
        return new Inventory(total, reserved, 1, total, 1, allocationRatio);
    }

    /** {@code (total - reserved) × allocation_ratio}, rounded down: the most that can be allocated. */
    public long capacity() {
        return (long) Math.floor((total - reserved) * allocationRatio);
    }

    /** Whether one allocation of {@code amount} respects min_unit, max_unit and step_size. */
    public boolean accepts(long amount) {
        return amount >= minUnit && amount <= maxUnit && amount % stepSize == 0;
    }
}
