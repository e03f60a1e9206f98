package org.jnova.domain.error;

import java.util.Map;

/**
 * Nova's {@code InstanceFaultRollback}: a compute operation was rolled back; it wraps the error that
 * caused the rollback (Nova keeps it as {@code inner_exception}, here it is also the cause).
 */
public class InstanceFaultRollback extends NovaException {
    public static final int CODE = 500;

    /** As Nova raises it: the message is {@code "Instance rollback performed due to: " + str(inner)}. */
    public InstanceFaultRollback(Throwable inner) {
        super("Instance rollback performed due to: " + (inner == null ? "None" : inner.getMessage()), CODE, Map.of(),
                inner);
    }

    /** Rebuilt from the wire. */
    public InstanceFaultRollback(String message, Map<String, ?> kwargs) {
        super(message, CODE, kwargs);
    }

    /** The error that caused the rollback, if known on this side. */
    public Throwable innerException() {
        return getCause();
    }
}
