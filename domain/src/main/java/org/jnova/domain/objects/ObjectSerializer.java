package org.jnova.domain.objects;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.wire.PyDateTime;

/**
 * Nova's {@code NovaObjectSerializer}: turns objects inside RPC arguments and results into primitives
 * and back. Containers are walked recursively; a dict that is an object primitive of a registered
 * class is hydrated, one of a class jnova does not model stays a map.
 */
public final class ObjectSerializer {
    private ObjectSerializer() {
    }

    /** {@code serialize_entity}: objects become primitives, sets and arrays lists, date-times strings. */
    public static Object serializeEntity(Object entity) {
        return serializeEntity(entity, null);
    }

    /**
     * {@code serialize_entity} with objects written at the versions of a manifest (the
     * {@code object_versions} a caller sent), backporting newer fields away.
     */
    public static Object serializeEntity(Object entity, Map<String, String> manifest) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof NovaObject o) {
            if (manifest != null && manifest.containsKey(o.objName())) {
                return o.toPrimitive(manifest.get(o.objName()), manifest);
            }
            return o.toPrimitive();
        }
        if (entity instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(e.getKey(), serializeEntity(e.getValue(), manifest));
            }
            return out;
        }
        if (entity instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(serializeEntity(o, manifest));
            }
            return out;
        }
        if (entity.getClass().isArray() && !(entity instanceof byte[])) {
            int n = Array.getLength(entity);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(serializeEntity(Array.get(entity, i), manifest));
            }
            return out;
        }
        if (PyDateTime.isDateTime(entity)) {
            return PyDateTime.toPrimitive(entity);
        }
        return entity;
    }

    /** {@code deserialize_entity}: hydrates every registered object primitive, recursively. */
    public static Object deserializeEntity(Object entity) {
        if (entity instanceof Map<?, ?> m) {
            if (m.get(NovaObject.NAME_KEY) instanceof String name && m.containsKey(NovaObject.DATA_KEY)) {
                if (ObjectRegistry.isRegistered(name)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> prim = (Map<String, Object>) m;
                    return NovaObject.fromPrimitive(prim);
                }
                return entity;
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(e.getKey(), deserializeEntity(e.getValue()));
            }
            return out;
        }
        if (entity instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(deserializeEntity(o));
            }
            return out;
        }
        return entity;
    }
}
