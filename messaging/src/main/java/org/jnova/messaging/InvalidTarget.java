package org.jnova.messaging;

import org.jnova.domain.rpc.Target;

/** oslo's {@code InvalidTarget}: a target that cannot be used for the requested operation. */
public class InvalidTarget extends IllegalArgumentException {
    private final transient Target target;

    public InvalidTarget(String reason, Target target) {
        super(reason + ": " + target);
        this.target = target;
    }

    public Target target() {
        return target;
    }
}
