package org.jnova.adapter.hypervisor.fake;

import org.jnova.domain.instance.PowerState;

/** One guest of the fake hypervisor ({@code FakeInstance}) and the resources it holds. */
record FakeGuest(String uuid, String name, PowerState state, int vcpus, int memoryMb, int diskGb) {
    FakeGuest withState(PowerState newState) {
        return new FakeGuest(uuid, name, newState, vcpus, memoryMb, diskGb);
    }
}
