package org.jnova.ports.hypervisor;

import org.jnova.domain.instance.PowerState;

/** {@code nova.virt.hardware.InstanceInfo}: the power state and the platform's id for the guest. */
public record InstanceInfo(PowerState state, String internalId) {
}
