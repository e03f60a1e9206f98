package org.jnova.compute.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small state helpers shared by the operation families (Nova's {@code _set_instance_obj_error_state} etc.). */
final class InstanceStates {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceStates.class);

    private InstanceStates() {
    }

    /** {@code _set_instance_obj_error_state}: vm_state ERROR (and task None), saved without expectation. */
    static void setError(ComputeObjects objects, RequestContext ctx, Instance instance, boolean cleanTaskState) {
        try {
            instance.setVmState(VmState.ERROR);
            if (cleanTaskState) {
                instance.setTaskState(null);
            }
            objects.save(ctx, instance, null);
        } catch (RuntimeException e) {
            if (NovaErrors.isInstanceNotFound(e)) {
                LOG.debug("Instance {} disappeared while setting it to ERROR", instance.getUuid());
            } else {
                LOG.error("Failed to set instance {} to ERROR: {}", instance.getUuid(), NovaErrors.message(e));
            }
        }
    }

    /** A copy of system_metadata with one key set (or removed when value is null), marked changed. */
    static void putSystemMetadata(Instance instance, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(instance.isSet("system_metadata")
                ? instance.getSystemMetadata() : Map.of());
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        instance.set("system_metadata", copy);
    }

    static String systemMetadata(Instance instance, String key) {
        return instance.isSet("system_metadata") ? instance.getSystemMetadata().get(key) : null;
    }
}
