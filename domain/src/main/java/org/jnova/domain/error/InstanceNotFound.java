package org.jnova.domain.error;

import java.util.Map;

/** No instance with that uuid; the API answers 404. */
public class InstanceNotFound extends NovaException {
    public InstanceNotFound(String instanceId) {
        super("Instance " + instanceId + " could not be found.", 404, Map.of("instance_id", instanceId));
    }
}
