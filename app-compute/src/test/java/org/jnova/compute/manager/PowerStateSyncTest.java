package org.jnova.compute.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jnova.compute.testing.ComputeFixture;
import org.jnova.compute.testing.Poll;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.hypervisor.LifecycleEvent;
import org.junit.jupiter.api.Test;

class PowerStateSyncTest {
    private final ComputeFixture f = new ComputeFixture();
    private final PowerStateSync sync = new PowerStateSync(f.objects, f.driver, f.power, f.locks, ComputeFixture.HOST);

    @Test
    void storedPowerStateFollowsTheDriver() {
        Instance i = f.guest(VmState.PAUSED, null);
        f.driver.pause(i);
        sync.syncPowerStates();
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getPowerState()).isEqualTo(PowerState.PAUSED);
        assertThat(stored.getVmState()).isEqualTo(VmState.PAUSED);
        assertThat(f.objects.actions).isEmpty();
    }

    @Test
    void anActiveInstanceWhoseGuestShutDownIsStoppedAsTheApiWould() {
        Instance i = f.guest(VmState.ACTIVE, null);
        f.driver.powerOff(i, 0, 0); // the guest shut down by itself
        sync.syncPowerStates();

        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.STOPPED);
        assertThat(stored.getTaskState()).isNull();
        assertThat(stored.getPowerState()).isEqualTo(PowerState.SHUTDOWN);
        assertThat(f.objects.actions).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("stop"));
        assertThat(f.objects.savesOf(i.getUuid())).extracting(s -> s.expected()).containsExactly(
                null, TaskStateSet.NONE_ONLY, TaskStateSet.of(TaskState.POWERING_OFF, null));
        assertThat(f.objects.eventsOf(i.getUuid())).extracting(e -> e.name()).containsOnly("compute_stop_instance");
    }

    @Test
    void aStoppedInstanceWhoseGuestRunsIsForceStopped() {
        Instance i = f.guest(VmState.STOPPED, null);
        sync.syncPowerStates();
        assertThat(f.driver.getInfo(i).state()).isEqualTo(PowerState.SHUTDOWN);
        assertThat(f.objects.stored(i.getUuid()).getVmState()).isEqualTo(VmState.STOPPED);
    }

    @Test
    void instancesWithATaskOrOnAnotherHostAreLeftAlone() {
        Instance busy = f.guest(VmState.ACTIVE, TaskState.REBOOTING);
        f.driver.powerOff(busy, 0, 0);
        sync.syncPowerStates();
        assertThat(f.objects.savesOf(busy.getUuid())).isEmpty();
        assertThat(f.objects.actions).isEmpty();
    }

    @Test
    void lifecycleEventSyncsTheInstanceWhenTheDriverStillAgrees() {
        LifecycleEventHandler handler = new LifecycleEventHandler(f.objects, f.driver, sync, f.locks);
        Instance i = f.guest(VmState.ACTIVE, null);
        f.driver.registerEventListener(handler);
        f.driver.powerOff(i, 0, 0); // emits STOPPED
        Poll.until("the lifecycle event to stop the instance", Duration.ofSeconds(5),
                () -> f.objects.stored(i.getUuid()).getVmState() == VmState.STOPPED);
        handler.close();

        // an event the driver no longer agrees with is ignored
        Instance j = f.guest(VmState.ACTIVE, null);
        handler.handle(new LifecycleEvent(j.getUuid(), LifecycleEvent.Transition.STOPPED, Instant.now()));
        assertThat(f.objects.savesOf(j.getUuid())).isEmpty();
    }
}
