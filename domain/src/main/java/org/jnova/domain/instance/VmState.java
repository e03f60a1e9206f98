package org.jnova.domain.instance;

/** Nova's vm_state: the stable (not transition) state of an instance ({@code nova/compute/vm_states.py}). */
public enum VmState {
    ACTIVE("active"),
    BUILDING("building"),
    PAUSED("paused"),
    SUSPENDED("suspended"),
    STOPPED("stopped"),
    RESCUED("rescued"),
    RESIZED("resized"),
    SOFT_DELETED("soft-delete"),
    DELETED("deleted"),
    ERROR("error"),
    SHELVED("shelved"),
    SHELVED_OFFLOADED("shelved_offloaded");

    private final String wireValue;

    VmState(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The string Nova stores and sends, e.g. {@code "soft-delete"}. */
    public String wireValue() {
        return wireValue;
    }

    /** Parses a wire value; null stays null. */
    public static VmState fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (VmState s : values()) {
            if (s.wireValue.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown vm_state '" + value + "'");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
