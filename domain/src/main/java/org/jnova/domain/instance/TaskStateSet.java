package org.jnova.domain.instance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A set of task states in which {@code null} ("no task") is a member like any other, as in Nova's
 * {@code expected_task_state=[None, 'rebooting']} lists. {@link #ANY} matches everything.
 */
public final class TaskStateSet {
    /** Matches every task state, including none. */
    public static final TaskStateSet ANY = new TaskStateSet(EnumSet.allOf(TaskState.class), true, true);
    /** Matches only "no task": the default of {@code check_instance_state}. */
    public static final TaskStateSet NONE_ONLY = new TaskStateSet(EnumSet.noneOf(TaskState.class), true, false);

    private final EnumSet<TaskState> states;
    private final boolean includesNone;
    private final boolean any;

    private TaskStateSet(EnumSet<TaskState> states, boolean includesNone, boolean any) {
        this.states = states;
        this.includesNone = includesNone;
        this.any = any;
    }

    /** A set of the given states; pass {@code null} among them to include "no task". */
    public static TaskStateSet of(TaskState... members) {
        EnumSet<TaskState> set = EnumSet.noneOf(TaskState.class);
        boolean none = false;
        for (TaskState t : members) {
            if (t == null) {
                none = true;
            } else {
                set.add(t);
            }
        }
        return new TaskStateSet(set, none, false);
    }

    /** Parses Nova's wire form: a single string, null, or a list of strings and nulls. */
    public static TaskStateSet fromWire(Object wire) {
        if (wire == null) {
            return of((TaskState) null);
        }
        if (wire instanceof String s) {
            return of(TaskState.fromWire(s));
        }
        if (wire instanceof List<?> list) {
            TaskState[] members = new TaskState[list.size()];
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item != null && !(item instanceof String)) {
                    throw new IllegalArgumentException("expected_task_state entries must be strings or null, got " + item);
                }
                members[i] = TaskState.fromWire((String) item);
            }
            return of(members);
        }
        throw new IllegalArgumentException("expected_task_state must be a string, null or a list, got " + wire);
    }

    public boolean contains(TaskState state) {
        return any || (state == null ? includesNone : states.contains(state));
    }

    public boolean isAny() {
        return any;
    }

    public boolean includesNone() {
        return includesNone;
    }

    public java.util.Set<TaskState> states() {
        return Collections.unmodifiableSet(states);
    }

    /** Wire form: a list of strings with null for "no task", in enum order, none first. */
    public List<String> toWire() {
        List<String> out = new ArrayList<>();
        for (TaskState t : states) {
            out.add(t.wireValue());
        }
        if (includesNone) {
            out.add(null);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskStateSet other && other.states.equals(states)
                && other.includesNone == includesNone && other.any == any;
    }

    @Override
    public int hashCode() {
        return Objects.hash(states, includesNone, any);
    }

    @Override
    public String toString() {
        return any ? "ANY" : toWire().toString();
    }
}
