package org.jnova.conductor.endpoint;

import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jnova.domain.objects.FieldType;
import org.jnova.domain.objects.NovaObject;

/**
 * The set fields of an object before a remoted method ran, cheap enough for every {@code object_action}:
 * immutable values (strings, numbers, booleans, times) are kept as they are, and only mutable ones
 * (dicts, lists, nested objects, which the method may change in place) as primitives. A deep
 * {@code obj_clone} of a whole Instance per call cost more than the save it wrapped.
 */
final class FieldSnapshot {
    private final Map<String, Object> before = new LinkedHashMap<>();

    FieldSnapshot(NovaObject obj) {
        for (String f : obj.setFields()) {
            Object v = obj.get(f);
            before.put(f, immutable(v) ? v : obj.schema().field(f).toPrimitive(v));
        }
    }

    /**
     * {@code object_action}'s updates: each field set now that was unset before or whose value
     * differs (compared as primitives, as Python compares the values), as its primitive.
     */
    Map<String, Object> updates(NovaObject after) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : after.setFields()) {
            FieldType type = after.schema().field(f);
            Object now = after.get(f);
            if (before.containsKey(f)) {
                Object was = before.get(f);
                if (immutable(was) && immutable(now) && Objects.equals(was, now)) {
                    continue;
                }
                Object nowPrimitive = type.toPrimitive(now);
                if (Objects.equals(immutable(was) ? type.toPrimitive(was) : was, nowPrimitive)) {
                    continue;
                }
                out.put(f, nowPrimitive);
            } else {
                out.put(f, type.toPrimitive(now));
            }
        }
        return out;
    }

    private static boolean immutable(Object v) {
        return v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Temporal || v instanceof Enum<?>;
    }
}
