package org.jnova.compute.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jnova.compute.testing.ComputeFixture;
import org.jnova.compute.testing.MapConfig;
import org.jnova.compute.testing.TestingComputeObjects.Event;
import org.jnova.compute.testing.TestingComputeObjects.Save;
import org.jnova.domain.error.UnexpectedTaskStateError;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.hypervisor.HypervisorException;
import org.jnova.ports.hypervisor.RebootType;
import org.junit.jupiter.api.Test;

class PowerOperationsTest {
    private final ComputeFixture f = new ComputeFixture();

    @Test
    void stopPowersOffAndSavesStoppedExpectingPoweringOff() {
        Instance i = f.guest(VmState.ACTIVE, TaskState.POWERING_OFF);
        f.power.stop(f.ctx, i, true);

        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.STOPPED);
        assertThat(stored.getTaskState()).isNull();
        assertThat(stored.getPowerState()).isEqualTo(PowerState.SHUTDOWN);
        assertThat(f.driver.getInfo(i).state()).isEqualTo(PowerState.SHUTDOWN);
        List<Save> saves = f.objects.savesOf(i.getUuid());
        assertThat(saves).hasSize(1);
        assertThat(saves.get(0).expected()).isEqualTo(TaskStateSet.of(TaskState.POWERING_OFF));
        assertEventsSucceeded(i, "compute_stop_instance");
    }

    @Test
    void stopOfAGuestAlreadyOffAlsoAcceptsNoTask() {
        Instance i = f.guest(VmState.ACTIVE, null);
        f.driver.powerOff(i, 0, 0);
        f.power.stop(f.ctx, i, false);
        assertThat(f.objects.savesOf(i.getUuid()).get(0).expected())
                .isEqualTo(TaskStateSet.of(TaskState.POWERING_OFF, null));
        assertThat(f.objects.stored(i.getUuid()).getVmState()).isEqualTo(VmState.STOPPED);
    }

    @Test
    void startPowersOnAndSavesActiveExpectingPoweringOn() {
        Instance i = f.guest(VmState.STOPPED, TaskState.POWERING_ON);
        f.driver.powerOff(i, 0, 0);
        f.power.start(f.ctx, i);
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(stored.getTaskState()).isNull();
        assertThat(stored.getPowerState()).isEqualTo(PowerState.RUNNING);
        assertThat(f.objects.savesOf(i.getUuid()).get(0).expected()).isEqualTo(TaskStateSet.of(TaskState.POWERING_ON));
        assertEventsSucceeded(i, "compute_start_instance");
    }

    @Test
    void softRebootGoesPendingThenStartedThenActive() {
        Instance i = f.guest(VmState.ACTIVE, TaskState.REBOOTING);
        f.power.reboot(f.ctx, i, RebootType.SOFT);
        List<Save> saves = f.objects.savesOf(i.getUuid());
        assertThat(saves).extracting(s -> s.value("task_state"))
                .containsExactly("reboot_pending", "reboot_started", null);
        assertThat(saves.get(0).expected()).isEqualTo(TaskStateSet.of(TaskState.REBOOTING, TaskState.REBOOT_PENDING,
                TaskState.REBOOT_STARTED));
        assertThat(saves.get(1).expected()).isEqualTo(TaskStateSet.of(TaskState.REBOOT_PENDING));
        assertThat(saves.get(2).expected()).isNull();
        assertThat(f.objects.stored(i.getUuid()).getVmState()).isEqualTo(VmState.ACTIVE);
        assertEventsSucceeded(i, "compute_reboot_instance");
    }

    @Test
    void hardRebootOfAStoppedGuestUsesTheHardStatesAndEndsRunning() {
        Instance i = f.guest(VmState.STOPPED, TaskState.REBOOTING_HARD);
        f.driver.powerOff(i, 0, 0);
        f.power.reboot(f.ctx, i, RebootType.HARD);
        assertThat(f.objects.savesOf(i.getUuid())).extracting(s -> s.value("task_state"))
                .containsExactly("reboot_pending_hard", "reboot_started_hard", null);
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(stored.getPowerState()).isEqualTo(PowerState.RUNNING);
    }

    @Test
    void rebootFailureWithTheGuestStillRunningRecordsAFaultAndSwallowsTheError() {
        Instance i = f.guest(VmState.ACTIVE, TaskState.REBOOTING, Map.of("fake_fail", "reboot"));
        f.power.reboot(f.ctx, i, RebootType.SOFT);
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(stored.getTaskState()).isNull();
        assertThat(f.objects.faults).singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("fake failure injected into reboot"));
        assertThat(f.objects.eventsOf(i.getUuid()).get(1).result()).isEqualTo("Success");
    }

    @Test
    void rebootFailureWithTheGuestNotRunningSetsError() {
        Instance i = f.guest(VmState.ACTIVE, TaskState.REBOOTING_HARD, Map.of("fake_fail", "reboot"));
        f.driver.powerOff(i, 0, 0);
        assertThatThrownBy(() -> f.power.reboot(f.ctx, i, RebootType.HARD)).isInstanceOf(HypervisorException.class);
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ERROR);
        assertThat(stored.getTaskState()).isNull();
        assertThat(f.objects.faults).hasSize(1);
        assertThat(f.objects.eventsOf(i.getUuid()).get(1).result()).isEqualTo("Error");
    }

    @Test
    void pauseAndUnpauseFollowTheGuest() {
        Instance i = f.guest(VmState.ACTIVE, TaskState.PAUSING);
        f.power.pause(f.ctx, i);
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.PAUSED);
        assertThat(stored.getPowerState()).isEqualTo(PowerState.PAUSED);
        assertThat(f.objects.savesOf(i.getUuid()).get(0).expected()).isEqualTo(TaskStateSet.of(TaskState.PAUSING));

        f.objects.setStoredTaskState(i.getUuid(), TaskState.UNPAUSING);
        Instance again = f.objects.stored(i.getUuid());
        f.power.unpause(f.ctx, again);
        stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(stored.getPowerState()).isEqualTo(PowerState.RUNNING);
        assertThat(f.objects.savesOf(i.getUuid()).get(1).expected()).isEqualTo(TaskStateSet.of(TaskState.UNPAUSING));
    }

    @Test
    void suspendRemembersTheVmStateAndResumeReturnsToIt() {
        Instance i = f.guest(VmState.ACTIVE, TaskState.SUSPENDING);
        f.power.suspend(f.ctx, i);
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.SUSPENDED);
        assertThat(stored.getPowerState()).isEqualTo(PowerState.SUSPENDED);
        assertThat(stored.getSystemMetadata()).containsEntry("old_vm_state", "active");
        assertThat(f.objects.savesOf(i.getUuid()).get(0).expected()).isEqualTo(TaskStateSet.of(TaskState.SUSPENDING));

        f.objects.setStoredTaskState(i.getUuid(), TaskState.RESUMING);
        f.power.resume(f.ctx, f.objects.stored(i.getUuid()));
        stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(stored.getSystemMetadata()).doesNotContainKey("old_vm_state");
        assertThat(f.objects.savesOf(i.getUuid()).get(1).expected()).isEqualTo(TaskStateSet.of(TaskState.RESUMING));
    }

    @Test
    void driverFailureOnPowerOffRevertsTheTaskKeepsTheVmStateAndRecordsFaultAndErrorEvent() {
        ComputeFixture failing = new ComputeFixture(new MapConfig(ComputeFixture.HOST)
                .set("fake_driver.fail_operations", List.of("power_off")), 0);
        Instance i = failing.guest(VmState.ACTIVE, TaskState.POWERING_OFF);

        assertThatThrownBy(() -> failing.power.stop(failing.ctx, i, true))
                .isInstanceOf(HypervisorException.class)
                .hasMessage("fake failure injected into power_off for instance " + i.getUuid());

        Instance stored = failing.objects.stored(i.getUuid());
        assertThat(stored.getTaskState()).isNull();
        assertThat(stored.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(failing.objects.savesOf(i.getUuid())).singleElement()
                .satisfies(s -> assertThat(s.expected()).isNull()); // the revert, without expectation
        assertThat(failing.objects.faults).singleElement().satisfies(fault -> {
            assertThat(fault.instanceUuid()).isEqualTo(i.getUuid());
            assertThat(fault.host()).isEqualTo(ComputeFixture.HOST);
            assertThat(fault.code()).isEqualTo(500);
            assertThat(fault.message()).isEqualTo("fake failure injected into power_off for instance " + i.getUuid());
            assertThat(fault.details()).contains("HypervisorException");
        });
        List<Event> events = failing.objects.eventsOf(i.getUuid());
        assertThat(events).hasSize(2);
        assertThat(events.get(1).name()).isEqualTo("compute_stop_instance");
        assertThat(events.get(1).result()).isEqualTo("Error");
        assertThat(events.get(1).excVal()).isEqualTo("fake failure injected into power_off for instance " + i.getUuid());
        assertThat(events.get(1).requestId()).isEqualTo(failing.ctx.requestId());
    }

    @Test
    void unexpectedTaskStateLeavesTheTaskStateAlone() {
        Instance i = f.guest(VmState.ACTIVE, TaskState.POWERING_OFF);
        // another operation (a reboot) took the instance over after the API cast the stop
        f.objects.setStoredTaskState(i.getUuid(), TaskState.REBOOTING_HARD);

        assertThatThrownBy(() -> f.power.stop(f.ctx, i, true)).isInstanceOf(UnexpectedTaskStateError.class);

        assertThat(f.objects.stored(i.getUuid()).getTaskState()).isEqualTo(TaskState.REBOOTING_HARD);
        assertThat(f.objects.savesOf(i.getUuid())).isEmpty();
        assertThat(f.objects.eventsOf(i.getUuid()).get(1).result()).isEqualTo("Error");
    }

    @Test
    void unsupportedSuspendRestoresTheVmStateAndOtherFailuresSetError() {
        ComputeFixture failing = new ComputeFixture(new MapConfig(ComputeFixture.HOST)
                .set("fake_driver.fail_operations", List.of("suspend")), 0);
        Instance i = failing.guest(VmState.ACTIVE, TaskState.SUSPENDING);
        assertThatThrownBy(() -> failing.power.suspend(failing.ctx, i)).isInstanceOf(HypervisorException.class);
        Instance stored = failing.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ERROR);
        assertThat(stored.getTaskState()).isNull();
    }

    private void assertEventsSucceeded(Instance i, String event) {
        List<Event> events = f.objects.eventsOf(i.getUuid());
        assertThat(events).extracting(Event::name).containsExactly(event, event);
        assertThat(events.get(0).finish()).isFalse();
        assertThat(events.get(0).host()).isEqualTo(ComputeFixture.HOST);
        assertThat(events.get(1).result()).isEqualTo("Success");
        assertThat(events).allSatisfy(e -> assertThat(e.requestId()).isEqualTo(f.ctx.requestId()));
        assertThat(f.objects.faults).isEmpty();
    }
}
