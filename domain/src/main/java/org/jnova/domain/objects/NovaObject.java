package org.jnova.domain.objects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Nova versioned object: a named, versioned set of fields of which only some are set, plus the set
 * of changed fields that a {@code save()} will write. Typed subclasses ({@link Instance},
 * {@link Service}, ...) add getters and setters over this storage; the wire form is
 * {@link #toPrimitive()} / {@link #fromPrimitive(Map)}, the exact shape of oslo.versionedobjects.
 */
public class NovaObject implements org.jnova.domain.wire.WirePrimitive {
    public static final String NAME_KEY = "nova_object.name";
    public static final String NAMESPACE_KEY = "nova_object.namespace";
    public static final String VERSION_KEY = "nova_object.version";
    public static final String DATA_KEY = "nova_object.data";
    public static final String CHANGES_KEY = "nova_object.changes";
    public static final String NAMESPACE = "nova";

    private final ObjectSchema schema;
    private String version;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    protected NovaObject(ObjectSchema schema) {
        this.schema = schema;
        this.version = schema.version();
    }

    /** A new, empty object of a registered class. */
    public static NovaObject create(String name) {
        return ObjectRegistry.newInstance(name);
    }

    public final String objName() {
        return schema.name();
    }

    /** The version this instance carries (a received object keeps its sender's version). */
    public final String objVersion() {
        return version;
    }

    public final ObjectSchema schema() {
        return schema;
    }

    /** {@code obj_attr_is_set}: set (possibly to null) as opposed to never set. */
    public final boolean isSet(String field) {
        return values.containsKey(field);
    }

    /** The field's value, or null when unset. */
    public final Object get(String field) {
        schema.field(field);
        return values.get(field);
    }

    /** Sets a field, checking its type, and marks it changed. */
    public final void set(String field, Object value) {
        values.put(field, schema.field(field).coerce(field, value));
        changed.add(field);
    }

    /** Sets a field without marking it changed (loading from storage). */
    public final void load(String field, Object value) {
        values.put(field, schema.field(field).coerce(field, value));
    }

    /**
     * Sets a field from its primitive without marking it changed (loading from storage or a reply):
     * {@link FieldType#fromPrimitive} already checks and builds the value, so it is not coerced (and
     * its dicts and lists copied) a second time. Returns false, leaving the object alone, for a name
     * that is not a field.
     */
    public final boolean loadPrimitive(String field, Object primitive) {
        FieldType type = schema.fields().get(field);
        if (type == null) {
            return false;
        }
        Object v = type.fromPrimitive(field, primitive);
        // fromPrimitive does not check a nested object's class; coerce does, without copying anything
        values.put(field, type.kind() == FieldType.Kind.OBJECT ? type.coerce(field, v) : v);
        return true;
    }

    /** Receives one set field: its name, type and current value. */
    @FunctionalInterface
    public interface SetFieldVisitor {
        void visit(String field, FieldType type, Object value);
    }

    /** Visits the set fields in schema order, without the per-field lookups of {@link #setFields()} + get. */
    public final void forEachSetField(SetFieldVisitor visitor) {
        for (Map.Entry<String, FieldType> fe : schema.fields().entrySet()) {
            String f = fe.getKey();
            Object v = values.get(f);
            if (v != null || values.containsKey(f)) {
                visitor.visit(f, fe.getValue(), v);
            }
        }
    }

    public final void unset(String field) {
        values.remove(field);
        changed.remove(field);
    }

    /** The names of the set fields, in schema order. */
    public final List<String> setFields() {
        List<String> out = new ArrayList<>();
        for (String f : schema.fieldNames()) {
            if (values.containsKey(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** {@code obj_what_changed}: changed fields, plus object fields whose nested object changed. */
    public final Set<String> whatChanged() {
        Set<String> out = new LinkedHashSet<>();
        for (String f : schema.fieldNames()) {
            if (changed.contains(f) || (values.get(f) instanceof NovaObject o && o.hasChanges())) {
                out.add(f);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** {@code obj_reset_changes()}, recursively. */
    public final void resetChanges() {
        changed.clear();
        for (Object v : values.values()) {
            if (v instanceof NovaObject o) {
                o.resetChanges();
            }
        }
    }

    /** {@code obj_reset_changes(fields)}: forget changes to these fields only. */
    public final void resetChanges(Collection<String> fields) {
        changed.removeAll(fields);
    }

    /** Marks fields as changed, as a received {@code nova_object.changes} does. */
    public final void markChanged(Collection<String> fields) {
        for (String f : fields) {
            if (schema.hasField(f)) {
                changed.add(f);
            }
        }
    }

    /** {@code obj_to_primitive()} at this object's version. */
    public final Map<String, Object> toPrimitive() {
        return toPrimitive(null, null);
    }

    /**
     * {@code obj_to_primitive(target_version, version_manifest)}: fields added after the target version
     * are dropped, and nested objects are written at the manifest's version for their class.
     */
    public final Map<String, Object> toPrimitive(String targetVersion, Map<String, String> manifest) {
        String outVersion = targetVersion == null ? version : targetVersion;
        // one pass over the schema's (name, type) entries: the data dict and, in the same schema order,
        // the changed fields that made it into the data (what obj_what_changed would list)
        Map<String, Object> data = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
        List<String> changes = null;
        for (Map.Entry<String, FieldType> fe : schema.fields().entrySet()) {
            String f = fe.getKey();
            Object v = values.get(f);
            if (v == null && !values.containsKey(f)) {
                continue;
            }
            if (targetVersion != null && !ObjectVersions.fieldExistsIn(schema, f, targetVersion)) {
                continue;
            }
            FieldType type = fe.getValue();
            data.put(f, manifest == null ? type.toPrimitive(v) : backported(type, v, manifest));
            if (changed.contains(f) || (v instanceof NovaObject o && o.hasChanges())) {
                if (changes == null) {
                    changes = new ArrayList<>();
                }
                changes.add(f);
            }
        }
        Map<String, Object> prim = new LinkedHashMap<>(8);
        prim.put(NAME_KEY, objName());
        prim.put(NAMESPACE_KEY, NAMESPACE);
        prim.put(VERSION_KEY, outVersion);
        prim.put(DATA_KEY, data);
        if (changes != null) {
            prim.put(CHANGES_KEY, changes);
        }
        return prim;
    }

    /** True if {@link #whatChanged()} would be non-empty, without building the set. */
    private boolean hasChanges() {
        if (!changed.isEmpty()) {
            return true;
        }
        for (Object v : values.values()) {
            if (v instanceof NovaObject o && o.hasChanges()) {
                return true;
            }
        }
        return false;
    }

    /** A field value with nested objects (also inside lists) written at the manifest's versions. */
    private static Object backported(FieldType type, Object v, Map<String, String> manifest) {
        if (v instanceof NovaObject nested) {
            return nested.toPrimitive(manifest.get(nested.objName()), manifest);
        }
        if (v instanceof List<?> l && type.kind() == FieldType.Kind.LIST) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(backported(type.element(), o, manifest));
            }
            return out;
        }
        return type.toPrimitive(v);
    }

    /**
     * Hydrates a primitive ({@code obj_from_primitive}): the namespace must be {@code nova}, the class
     * registered and the version compatible; unknown data keys are ignored and the changes filtered
     * to known fields. The object keeps the primitive's version.
     */
    public static NovaObject fromPrimitive(Map<String, ?> primitive) {
        Object ns = primitive.get(NAMESPACE_KEY);
        Object name = primitive.get(NAME_KEY);
        if (!NAMESPACE.equals(ns)) {
            throw new org.jnova.domain.error.UnsupportedObjectError(String.valueOf(name) + " (namespace " + ns + ")");
        }
        if (!(name instanceof String objName) || !ObjectRegistry.isRegistered(objName)) {
            throw new org.jnova.domain.error.UnsupportedObjectError(String.valueOf(name));
        }
        NovaObject obj = ObjectRegistry.newInstance(objName);
        Object ver = primitive.get(VERSION_KEY);
        String version = ver == null ? obj.schema.version() : ver.toString();
        ObjectVersions.checkCompatible(objName, version, obj.schema.version());
        obj.version = version;
        Object data = primitive.get(DATA_KEY);
        if (data instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String f = String.valueOf(e.getKey());
                FieldType type = obj.schema.fields().get(f);
                if (type != null) {
                    obj.values.put(f, type.fromPrimitive(f, e.getValue()));
                }
            }
        } else if (data != null) {
            throw new IllegalArgumentException(objName + " primitive has a nova_object.data that is not a dict");
        }
        Object changes = primitive.get(CHANGES_KEY);
        if (changes instanceof List<?> l) {
            for (Object c : l) {
                String f = String.valueOf(c);
                if (obj.schema.hasField(f) && obj.values.containsKey(f)) {
                    obj.changed.add(f);
                }
            }
        }
        return obj;
    }

    /** The JSON codec writes an object as its primitive. */
    @Override
    public Object toWirePrimitive() {
        return toPrimitive();
    }

    /** {@code obj_clone()}: a deep copy, changes included. */
    public NovaObject copy() {
        return fromPrimitive(toPrimitive());
    }

    @Override
    public String toString() {
        return objName() + "(" + version + ")" + values;
    }

    // -- typed access helpers for subclasses --------------------------------------------------

    protected final String str(String f) {
        Object v = get(f);
        return v == null ? null : v.toString();
    }

    protected final Long lng(String f) {
        Object v = get(f);
        return v == null ? null : ((Number) v).longValue();
    }

    protected final Integer integer(String f) {
        Object v = get(f);
        return v == null ? null : ((Number) v).intValue();
    }

    protected final boolean bool(String f) {
        return Boolean.TRUE.equals(get(f));
    }

    protected final java.time.Instant instant(String f) {
        return (java.time.Instant) get(f);
    }

    protected final Double dbl(String f) {
        Object v = get(f);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** The value cast to the caller's type (object, list and dict fields). */
    @SuppressWarnings("unchecked")
    protected final <T> T typed(String f) {
        return (T) get(f);
    }
}
