package org.jnova.conductor.endpoint;

import org.jnova.domain.error.ObjectActionError;
import org.jnova.domain.objects.InstanceFault;
import org.jnova.ports.persistence.InstanceFaultRepository;

/** InstanceFault remotable methods ({@code nova/objects/instance_fault.py}). */
public final class InstanceFaultHandlers {
    private final InstanceFaultRepository faults;

    public InstanceFaultHandlers(InstanceFaultRepository faults) {
        this.faults = faults;
    }

    public void register(ObjectMethods table) {
        table.instanceMethod("InstanceFault", InstanceFault.class, PySignature.of("create"), (ctx, self, a) -> {
            if (self.isSet("id")) {
                throw new ObjectActionError("create", "already created");
            }
            InstanceHandlers.copyInto(self, faults.create(self));
            return null;
        });
        table.classMethod("InstanceFault", PySignature.of("get_latest_for_instance", "instance_uuid"),
                (ctx, a) -> faults.latestForInstance(a.requiredString("instance_uuid")));
    }
}
