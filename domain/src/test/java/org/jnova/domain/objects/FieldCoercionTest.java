package org.jnova.domain.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jnova.domain.instance.VmState;
import org.junit.jupiter.api.Test;

class FieldCoercionTest {
    @Test
    void typedSettersCoerceLikeNovaFields() {
        InstanceAction a = new InstanceAction();
        UUID uuid = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000001");
        a.set("instance_uuid", uuid);
        a.setId(7);
        a.setStartTime(Instant.parse("2024-01-02T03:04:05.123456789Z"));
        a.set("finish_time", LocalDateTime.of(2024, 1, 2, 3, 4, 6));
        assertThat(a.getInstanceUuid()).isEqualTo(uuid.toString());
        assertThat(a.getId()).isEqualTo(7L);
        assertThat(a.getStartTime()).isEqualTo(Instant.parse("2024-01-02T03:04:05.123456Z"));
        assertThat(a.getFinishTime()).isEqualTo(Instant.parse("2024-01-02T03:04:06Z"));
        assertThat(a.toPrimitive().get(NovaObject.DATA_KEY)).hasToString("{id=7, instance_uuid=" + uuid
                + ", start_time=2024-01-02T03:04:05Z, finish_time=2024-01-02T03:04:06Z}");

        Instance i = new Instance();
        i.set("vm_state", VmState.ACTIVE);
        assertThat(i.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThatThrownBy(() -> a.set("id", "seven")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field 'id' expects integer");
        assertThatThrownBy(() -> a.set("deleted", null)).hasMessageContaining("cannot be None");
    }

    @Test
    void backportDropsFieldsNewerThanTheTarget() {
        InstanceActionEvent e = new InstanceActionEvent();
        e.setEvent("compute_stop_instance");
        e.setHost("cmp1");
        e.setDetails("d");
        assertThat(e.toPrimitive("1.3", null).get(NovaObject.DATA_KEY)).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsOnlyKeys("event", "host");
        assertThat(e.toPrimitive("1.1", null).get(NovaObject.DATA_KEY)).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsOnlyKeys("event");
        assertThat(e.toPrimitive("1.1", null).get(NovaObject.VERSION_KEY)).isEqualTo("1.1");
    }
}
