package org.jnova.compute.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jnova.compute.testing.ComputeFixture;
import org.jnova.compute.testing.MapConfig;
import org.jnova.compute.testing.TestingComputeObjects.Save;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.hypervisor.HypervisorException;
import org.junit.jupiter.api.Test;

class DeleteAndConsoleOperationsTest {
    private final ComputeFixture f = new ComputeFixture();

    @Test
    void terminateDestroysTheGuestMarksDeletedThenDestroysTheRecord() {
        Instance i = f.guest(VmState.ACTIVE, TaskState.DELETING);
        f.delete.terminate(f.ctx, i);

        assertThat(f.driver.listInstanceUuids()).doesNotContain(i.getUuid());
        Save save = f.objects.savesOf(i.getUuid()).get(0);
        assertThat(save.expected()).isNull();
        assertThat(save.changes()).containsEntry("vm_state", "deleted").containsEntry("task_state", null)
                .containsEntry("power_state", 0L).containsKey("terminated_at");
        assertThat(save.value("terminated_at")).isNotNull();
        assertThat(f.objects.destroyed).containsExactly(i.getUuid());
        assertThat(f.objects.eventsOf(i.getUuid())).extracting(e -> e.name())
                .containsExactly("compute_terminate_instance", "compute_terminate_instance");
    }

    @Test
    void terminateOfAnInstanceWithoutGuestStillCompletes() {
        Instance i = f.record(VmState.ERROR, TaskState.DELETING);
        f.delete.terminate(f.ctx, i);
        assertThat(f.objects.destroyed).containsExactly(i.getUuid());
    }

    @Test
    void destroyFailureSetsErrorAndRecordsTheFault() {
        ComputeFixture failing = new ComputeFixture(new MapConfig(ComputeFixture.HOST)
                .set("fake_driver.fail_operations", List.of("destroy")), 0);
        Instance i = failing.guest(VmState.ACTIVE, TaskState.DELETING);
        assertThatThrownBy(() -> failing.delete.terminate(failing.ctx, i)).isInstanceOf(HypervisorException.class);
        Instance stored = failing.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ERROR);
        assertThat(stored.getTaskState()).isNull();
        assertThat(failing.objects.faults).hasSize(1);
        assertThat(failing.objects.destroyed).isEmpty();
    }

    @Test
    void consoleOutputIsTailedToTheRequestedLines() {
        Instance i = f.guest(VmState.ACTIVE, null, Map.of());
        ConsoleOperations console = new ConsoleOperations(f.driver, f.runner);
        assertThat(console.consoleOutput(f.ctx, i, null)).isEqualTo("FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE");
        assertThat(console.consoleOutput(f.ctx, i, 2)).isEqualTo("ANOTHER\nLAST LINE");
        assertThat(console.consoleOutput(f.ctx, i, 0)).isEmpty();
        assertThat(ConsoleOperations.ascii("caf\u00e9")).isEqualTo("caf\uFFFD\uFFFD");
    }

    @Test
    void consoleOutputOfAnUnknownGuestIsInstanceNotFoundWithoutFault() {
        Instance i = f.record(VmState.ACTIVE, null);
        ConsoleOperations console = new ConsoleOperations(f.driver, f.runner);
        assertThatThrownBy(() -> console.consoleOutput(f.ctx, i, 5))
                .isInstanceOf(org.jnova.domain.error.InstanceNotFound.class);
        assertThat(f.objects.faults).isEmpty();
    }
}
