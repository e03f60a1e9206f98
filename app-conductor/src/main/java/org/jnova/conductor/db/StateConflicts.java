package org.jnova.conductor.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.InstanceUpdateConflict;
import org.jnova.domain.error.UnexpectedDeletingTaskStateError;
import org.jnova.domain.error.UnexpectedTaskStateError;
import org.jnova.domain.error.UnknownInstanceUpdateConflict;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.persistence.StateExpectation;

/**
 * The compare-and-swap check of {@code Instance.save} and its conflict analysis, as
 * {@code nova/db/main/api.py _instance_update} does it after {@code NoRowsMatched}.
 */
final class StateConflicts {
    private StateConflicts() {
    }

    /** Throws the error Nova raises if the stored instance does not meet the expectation. */
    static void check(String uuid, Instance stored, StateExpectation expected) {
        if (expected == null || expected.isEmpty()) {
            return;
        }
        Map<String, Object> conflictsExpected = new LinkedHashMap<>();
        Map<String, Object> conflictsActual = new LinkedHashMap<>();
        compare("task_state", expected.taskStates(), stored, conflictsExpected, conflictsActual);
        compare("vm_state", expected.vmStates(), stored, conflictsExpected, conflictsActual);
        if (conflictsActual.isEmpty()) {
            return;
        }
        if (conflictsActual.containsKey("task_state")) {
            if ("deleting".equals(conflictsActual.get("task_state"))) {
                throw new UnexpectedDeletingTaskStateError(uuid, conflictsExpected, conflictsActual);
            }
            throw new UnexpectedTaskStateError(uuid, conflictsExpected, conflictsActual);
        }
        throw new InstanceUpdateConflict(uuid, conflictsExpected, conflictsActual);
    }

    /** A row changed concurrently but shows no visible conflict (Nova retries in a new transaction). */
    static RuntimeException unknown(String uuid, StateExpectation expected) {
        Map<String, Object> exp = new LinkedHashMap<>();
        if (expected.taskStates() != null) {
            exp.put("task_state", expected.taskStates());
        }
        if (expected.vmStates() != null) {
            exp.put("vm_state", expected.vmStates());
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("instance_uuid", uuid);
        kwargs.put("expected", exp);
        kwargs.put("actual", Map.of());
        return new UnknownInstanceUpdateConflict(null, kwargs);
    }

    private static void compare(String field, List<String> acceptable, Instance stored,
                                Map<String, Object> conflictsExpected, Map<String, Object> conflictsActual) {
        if (acceptable == null) {
            return;
        }
        Object actual = stored.isSet(field) ? stored.get(field) : null;
        if (!acceptable.contains(actual)) {
            conflictsExpected.put(field, acceptable);
            conflictsActual.put(field, actual);
        }
    }
}
