package org.jnova.ports.hypervisor;

/** {@code reboot_type}: SOFT asks the guest, HARD power-cycles it. */
public enum RebootType {
    SOFT, HARD;

    /** Parses the wire value, "SOFT" or "HARD". */
    public static RebootType fromWire(String value) {
        if ("SOFT".equals(value)) {
            return SOFT;
        }
        if ("HARD".equals(value)) {
            return HARD;
        }
        throw new IllegalArgumentException("reboot_type must be SOFT or HARD, got '" + value + "'");
    }
}
