package org.jnova.compute.ops;

import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.hypervisor.HypervisorDriver;

/** {@code _get_power_state}: the driver's view of a guest, NOSTATE when the driver does not know it. */
public final class GuestPower {
    private GuestPower() {
    }

    public static PowerState of(HypervisorDriver driver, Instance instance) {
        try {
            return driver.getInfo(instance).state();
        } catch (RuntimeException e) {
            if (NovaErrors.isInstanceNotFound(e)) {
                return PowerState.NOSTATE;
            }
            throw e;
        }
    }
}
