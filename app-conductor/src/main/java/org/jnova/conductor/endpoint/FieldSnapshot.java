package org.jnova.conductor.endpoint;

import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jnova.domain.objects.NovaObject;

/**
 * The set fields of an object before a remoted method ran, cheap enough for every {@code object_action}:
 * immutable values (strings, numbers, booleans, times) are kept as they are, and only mutable ones
 * (dicts, lists, nested objects, which the method may change in place) as primitives. A deep
 * {@code obj_clone} of a whole Instance per call cost more than the save it wrapped.
 */
final class FieldSnapshot {
    /** Marks a field that was unset before (a stored null means "set to None"). */
    private static final Object ABSENT = new Object();
    private final Map<String, Object> before = new HashMap<>();

    FieldSnapshot(NovaObject obj) {
        obj.forEachSetField((f, type, v) -> before.put(f, immutable(v) ? v : type.toPrimitive(v)));
    }

    /**
     * {@code object_action}'s updates: each field set now that was unset before or whose value
     * differs (compared as primitives, as Python compares the values), as its primitive.
     */
    Map<String, Object> updates(NovaObject after) {
        Map<String, Object> out = new LinkedHashMap<>();
        after.forEachSetField((f, type, now) -> {
            Object was = before.getOrDefault(f, ABSENT);
            if (was == ABSENT) {
                out.put(f, type.toPrimitive(now));
                return;
            }
            if (immutable(was) && immutable(now) && Objects.equals(was, now)) {
                return;
            }
            Object nowPrimitive = type.toPrimitive(now);
            if (!Objects.equals(immutable(was) ? type.toPrimitive(was) : was, nowPrimitive)) {
                out.put(f, nowPrimitive);
            }
        });
        return out;
    }

    private static boolean immutable(Object v) {
        return v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Temporal || v instanceof Enum<?>;
    }
}
