package org.jnova.domain.error;

import java.util.Map;

/** An operation was requested in a state that does not allow it; the API answers 409. */
public class InstanceInvalidState extends NovaException {
    public InstanceInvalidState(String attr, String instanceUuid, String state, String method) {
        super("Instance " + instanceUuid + " in " + attr + " " + state + ". Cannot " + method
                        + " while the instance is in this state.",
                409, Map.of("attr", attr, "instance_uuid", instanceUuid, "state", state, "method", method));
    }
}
