package org.jnova.ports.hypervisor;

import java.util.Map;
import org.jnova.domain.error.NovaException;

/**
 * A hypervisor operation failed ({@code nova.exception.HypervisorUnavailable}/{@code InternalError}
 * territory); the message says what failed and why, and the compute records it as the instance fault.
 */
public class HypervisorException extends NovaException {
    public HypervisorException(String message) {
        super(message, 500, Map.of());
    }

    public HypervisorException(String message, Throwable cause) {
        super(message, 500, Map.of(), cause);
    }
}
