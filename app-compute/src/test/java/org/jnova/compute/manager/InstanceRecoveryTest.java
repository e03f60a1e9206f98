package org.jnova.compute.manager;

import static org.assertj.core.api.Assertions.assertThat;

import org.jnova.compute.testing.ComputeFixture;
import org.jnova.compute.testing.Instances;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.junit.jupiter.api.Test;

class InstanceRecoveryTest {
    private final ComputeFixture f = new ComputeFixture();
    private final InstanceRecovery recovery = new InstanceRecovery(f.objects, f.driver, f.power, f.delete,
            ComputeFixture.HOST);

    @Test
    void startUpRecoveryAppliesNovasRules() {
        Instance building = f.record(VmState.BUILDING, TaskState.SPAWNING);
        Instance poweringOff = f.guest(VmState.ACTIVE, TaskState.POWERING_OFF);
        Instance poweringOn = f.guest(VmState.STOPPED, TaskState.POWERING_ON);
        f.driver.powerOff(poweringOn, 0, 0);
        Instance deleting = f.guest(VmState.ACTIVE, TaskState.DELETING);
        Instance rebootStarted = f.guest(VmState.ACTIVE, TaskState.REBOOT_STARTED);
        f.driver.powerOff(rebootStarted, 0, 0);
        Instance rebootDone = f.guest(VmState.ACTIVE, TaskState.REBOOT_STARTED_HARD);
        Instance snapshot = f.guest(VmState.ACTIVE, TaskState.IMAGE_UPLOADING);
        Instance error = f.record(VmState.ERROR, null);
        Instance elsewhere = f.objects.put(Instances.of("other", VmState.BUILDING, null, PowerState.NOSTATE,
                java.util.Map.of()));

        recovery.initInstances(RequestContext.admin());

        assertState(building, VmState.ERROR, null);
        assertState(poweringOff, VmState.STOPPED, null);
        assertThat(f.driver.getInfo(poweringOff).state()).isEqualTo(PowerState.SHUTDOWN);
        assertState(poweringOn, VmState.ACTIVE, null);
        assertThat(f.driver.getInfo(poweringOn).state()).isEqualTo(PowerState.RUNNING);
        assertThat(f.objects.destroyed).containsExactly(deleting.getUuid());
        assertState(rebootStarted, VmState.ACTIVE, null);
        assertThat(f.driver.getInfo(rebootStarted).state()).isEqualTo(PowerState.RUNNING);
        assertThat(f.objects.savesOf(rebootStarted.getUuid())).extracting(s -> s.value("task_state"))
                .startsWith("rebooting_hard", "reboot_pending_hard", "reboot_started_hard");
        assertState(rebootDone, VmState.ACTIVE, null);
        assertState(snapshot, VmState.ACTIVE, null);
        assertThat(f.objects.savesOf(error.getUuid())).isEmpty();
        assertThat(f.objects.savesOf(elsewhere.getUuid())).isEmpty();
    }

    private void assertState(Instance i, VmState vm, TaskState task) {
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).as("vm_state of %s", i.getUuid()).isEqualTo(vm);
        assertThat(stored.getTaskState()).as("task_state of %s", i.getUuid()).isEqualTo(task);
    }
}
