package org.jnova.domain.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The storage/reply loading path and the set-field walk the conductor's hot paths use. */
class LoadPrimitiveTest {
    @Test
    void loadsDecodedValuesWithoutMarkingThemChangedAndIgnoresUnknownNames() {
        Instance i = new Instance();
        assertThat(i.loadPrimitive("memory_mb", 512)).isTrue();
        assertThat(i.loadPrimitive("system_metadata", Map.of("a", "b"))).isTrue();
        assertThat(i.loadPrimitive("launched_at", "2024-01-02T03:04:05.000000")).isTrue();
        assertThat(i.loadPrimitive("no_such_field", 1)).isFalse();
        assertThat(i.get("memory_mb")).isEqualTo(512L);
        assertThat(i.get("system_metadata")).isEqualTo(Map.of("a", "b"));
        assertThat(i.get("launched_at")).hasToString("2024-01-02T03:04:05Z");
        assertThat(i.whatChanged()).isEmpty();
        assertThat(i.isSet("no_such_field")).isFalse();
    }

    @Test
    void rejectsBadPrimitivesAndAnObjectOfTheWrongClass() {
        Instance i = new Instance();
        assertThatThrownBy(() -> i.loadPrimitive("memory_mb", "lots")).hasMessageContaining("field 'memory_mb'");
        InstanceAction action = new InstanceAction();
        action.setId(3);
        assertThatThrownBy(() -> i.loadPrimitive("flavor", action.toPrimitive()))
                .hasMessageContaining("expects object Flavor");
    }

    @Test
    void forEachSetFieldVisitsSetFieldsInSchemaOrderWithTheirTypes() {
        Instance i = new Instance();
        i.set("host", "cmp1");
        i.set("memory_mb", 64);
        i.set("host", null);
        List<String> seen = new ArrayList<>();
        i.forEachSetField((f, type, v) -> seen.add(f + "=" + v + ":" + (type == i.schema().field(f))));
        assertThat(seen).containsExactly("memory_mb=64:true", "host=null:true");
    }
}
