package org.jnova.ports.persistence;

import org.jnova.domain.objects.InstanceFault;

/** Instance faults ({@code db.instance_fault_*}). */
public interface InstanceFaultRepository {
    /** {@code InstanceFault.create()}: returns the fault with id and created_at. */
    InstanceFault create(InstanceFault fault);

    /** {@code InstanceFault.get_latest_for_instance}; null if the instance has none. */
    InstanceFault latestForInstance(String instanceUuid);
}
