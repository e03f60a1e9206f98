package org.jnova.domain.instance;

/**
 * Nova's power_state ({@code nova/compute/power_state.py}). The hypervisor is the authority on it.
 * The codes are list indexes with gaps (2 and 5 are unused), and travel as integers on the wire.
 */
public enum PowerState {
    NOSTATE(0, "pending"),
    RUNNING(1, "running"),
    PAUSED(3, "paused"),
    SHUTDOWN(4, "shutdown"),
    CRASHED(6, "crashed"),
    SUSPENDED(7, "suspended");

    private final int code;
    private final String label;

    PowerState(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The integer stored in {@code Instance.power_state}. */
    public int code() {
        return code;
    }

    /** The name from {@code STATE_MAP}, e.g. "running"; Diagnostics uses it on the wire. */
    public String label() {
        return label;
    }

    public static PowerState fromCode(int code) {
        for (PowerState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown power_state code " + code);
    }

    /** Whether the guest is off in the sense of {@code stop_instance}'s expectations. */
    public boolean isOff() {
        return this == NOSTATE || this == SHUTDOWN || this == CRASHED;
    }
}
