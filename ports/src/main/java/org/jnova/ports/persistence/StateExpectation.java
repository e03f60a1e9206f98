package org.jnova.ports.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The compare-and-swap condition of {@code Instance.save(expected_task_state, expected_vm_state)}:
 * each list is the set of acceptable stored values ({@code null} entries match "no task" / NULL),
 * in the caller's order, because that order is echoed in the conflict's {@code expected} kwarg.
 * A null list means "not checked".
 */
public record StateExpectation(List<String> taskStates, List<String> vmStates) {
    /** No condition: the save always applies. */
    public static final StateExpectation NONE = new StateExpectation(null, null);

    public StateExpectation {
        taskStates = taskStates == null ? null : Collections.unmodifiableList(new ArrayList<>(taskStates));
        vmStates = vmStates == null ? null : Collections.unmodifiableList(new ArrayList<>(vmStates));
    }

    /** Expects the task state to be one of these (null = no task). */
    public static StateExpectation taskState(String... states) {
        List<String> l = new ArrayList<>();
        Collections.addAll(l, states);
        return new StateExpectation(l, null);
    }

    public boolean isEmpty() {
        return taskStates == null && vmStates == null;
    }
}
