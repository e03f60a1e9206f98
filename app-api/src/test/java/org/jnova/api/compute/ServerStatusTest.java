package org.jnova.api.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.junit.jupiter.api.Test;

class ServerStatusTest {
    @Test
    void mapsStatesLikeNovasStatusFromState() {
        assertThat(ServerStatus.of(VmState.BUILDING, TaskState.SCHEDULING)).isEqualTo("BUILD");
        assertThat(ServerStatus.of(VmState.ACTIVE, null)).isEqualTo("ACTIVE");
        assertThat(ServerStatus.of(VmState.ACTIVE, TaskState.REBOOTING)).isEqualTo("REBOOT");
        assertThat(ServerStatus.of(VmState.ACTIVE, TaskState.REBOOTING_HARD)).isEqualTo("HARD_REBOOT");
        assertThat(ServerStatus.of(VmState.ACTIVE, TaskState.POWERING_OFF)).isEqualTo("ACTIVE");
        assertThat(ServerStatus.of(VmState.STOPPED, null)).isEqualTo("SHUTOFF");
        assertThat(ServerStatus.of(VmState.PAUSED, null)).isEqualTo("PAUSED");
        assertThat(ServerStatus.of(VmState.SUSPENDED, TaskState.RESUMING)).isEqualTo("SUSPENDED");
        assertThat(ServerStatus.of(VmState.ERROR, null)).isEqualTo("ERROR");
        assertThat(ServerStatus.of(VmState.DELETED, null)).isEqualTo("DELETED");
        assertThat(ServerStatus.of(null, null)).isEqualTo("UNKNOWN");
    }
}
