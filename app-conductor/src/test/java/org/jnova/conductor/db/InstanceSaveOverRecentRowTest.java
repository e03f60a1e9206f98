package org.jnova.conductor.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.UnexpectedTaskStateError;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.persistence.StateExpectation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A save starts from the row this repository wrote last; these tests prove that guess never wins over
 * the database: another conductor's write (a second repository on the same database) is seen, a
 * conflict is judged on the fresh row, and a deleted instance is not found.
 */
class InstanceSaveOverRecentRowTest {
    private TestDatabases.Handle handle;
    private JdbcInstanceRepository mine;
    private JdbcInstanceRepository other;

    @BeforeEach
    void open() {
        handle = TestDatabases.h2();
        JdbcPersistence.over(handle.db());
        mine = new JdbcInstanceRepository(handle.db());
        other = new JdbcInstanceRepository(handle.db());
    }

    @AfterEach
    void close() {
        handle.close();
    }

    @Test
    void consecutiveSavesKeepEveryFieldAndCountRowVersions() {
        Instance i = mine.create(instance("scheduling"));
        for (String next : new String[] {"networking", "block_device_mapping", "spawning"}) {
            Instance change = mine.getByUuid(i.getUuid());
            change.set("task_state", next);
            mine.save(change, StateExpectation.NONE);
        }
        Instance last = new Instance();
        last.load("uuid", i.getUuid());
        last.set("task_state", null);
        last.set("vm_state", "active");
        Instance saved = mine.save(last, StateExpectation.taskState("spawning"));

        Instance stored = other.getByUuid(i.getUuid());
        assertThat(stored.get("task_state")).isNull();
        assertThat(stored.get("vm_state")).isEqualTo("active");
        assertThat(stored.getDisplayName()).isEqualTo("vm-recent");
        assertThat(stored.get("updated_at")).isEqualTo(saved.get("updated_at"));
    }

    @Test
    void anotherWritersChangeIsNotOverwrittenAndDecidesTheConflict() {
        Instance i = mine.create(instance(null));
        Instance a = mine.getByUuid(i.getUuid());
        a.set("task_state", "powering-off");
        mine.save(a, StateExpectation.NONE);

        Instance b = other.getByUuid(i.getUuid());
        b.set("display_name", "renamed");
        b.set("task_state", "deleting");
        other.save(b, StateExpectation.NONE);

        Instance c = new Instance();
        c.load("uuid", i.getUuid());
        c.set("task_state", null);
        assertThatThrownBy(() -> mine.save(c, StateExpectation.taskState("powering-off")))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("deleting");

        Instance d = new Instance();
        d.load("uuid", i.getUuid());
        d.set("vm_state", "stopped");
        Instance saved = mine.save(d, StateExpectation.taskState("deleting"));
        assertThat(saved.getDisplayName()).isEqualTo("renamed");
        assertThat(other.getByUuid(i.getUuid()).getDisplayName()).isEqualTo("renamed");
    }

    @Test
    void aStaleGuessThatWouldConflictIsCheckedAgainstTheFreshRow() {
        Instance i = mine.create(instance(null));
        Instance a = mine.getByUuid(i.getUuid());
        a.set("task_state", "powering-off");
        mine.save(a, StateExpectation.NONE);
        Instance b = other.getByUuid(i.getUuid());
        b.set("task_state", "powering-on");
        other.save(b, StateExpectation.NONE);

        Instance c = new Instance();
        c.load("uuid", i.getUuid());
        c.set("task_state", null);
        assertThat(mine.save(c, StateExpectation.taskState("powering-on")).get("task_state")).isNull();
        assertThatThrownBy(() -> {
            Instance d = new Instance();
            d.load("uuid", i.getUuid());
            d.set("task_state", null);
            mine.save(d, StateExpectation.taskState("powering-on"));
        }).isInstanceOf(UnexpectedTaskStateError.class);
    }

    @Test
    void anInstanceDeletedElsewhereIsNotFound() {
        Instance i = mine.create(instance(null));
        Instance a = mine.getByUuid(i.getUuid());
        a.set("task_state", "spawning");
        mine.save(a, StateExpectation.NONE);
        other.destroy(i.getUuid(), false);

        Instance b = new Instance();
        b.load("uuid", i.getUuid());
        b.set("task_state", null);
        assertThatThrownBy(() -> mine.save(b, StateExpectation.NONE)).isInstanceOf(InstanceNotFound.class);
    }

    private static Instance instance(String taskState) {
        Instance i = new Instance();
        i.set("uuid", UUID.randomUUID().toString());
        i.set("host", "h-recent");
        i.set("node", "h-recent");
        i.set("project_id", "p1");
        i.set("user_id", "u1");
        i.set("display_name", "vm-recent");
        i.set("vm_state", "building");
        i.set("task_state", taskState);
        return i;
    }
}
