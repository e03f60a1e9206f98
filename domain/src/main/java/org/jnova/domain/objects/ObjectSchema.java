package org.jnova.domain.objects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one versioned-object class in Nova's definition order (which is the order of
 * {@code nova_object.data} on the wire), its current (Zed) version, and the version each field was
 * added in, so that a backport to an older version drops newer fields ({@code obj_make_compatible}).
 */
public final class ObjectSchema {
    private final String name;
    private final String version;
    private final Map<String, FieldType> fields;
    private final Map<String, String> addedIn;

    private ObjectSchema(String name, String version, Map<String, FieldType> fields, Map<String, String> addedIn) {
        this.name = name;
        this.version = version;
        this.fields = Collections.unmodifiableMap(fields);
        this.addedIn = Collections.unmodifiableMap(addedIn);
    }

    public static Builder builder(String name, String version) {
        return new Builder(name, version);
    }

    public String name() { return name; }
    public String version() { return version; }
    public Map<String, FieldType> fields() { return fields; }
    public Set<String> fieldNames() { return fields.keySet(); }
    public boolean hasField(String f) { return fields.containsKey(f); }

    public FieldType field(String f) {
        FieldType t = fields.get(f);
        if (t == null) {
            throw new IllegalArgumentException(name + " has no field '" + f + "'");
        }
        return t;
    }

    /** The version a field appeared in, or null if it was there from the first version. */
    public String addedIn(String f) {
        return addedIn.get(f);
    }

    /** Builds a schema; fields are added in Nova's order. */
    public static final class Builder {
        private final String name;
        private final String version;
        private final Map<String, FieldType> fields = new LinkedHashMap<>();
        private final Map<String, String> addedIn = new LinkedHashMap<>();

        private Builder(String name, String version) {
            this.name = name;
            this.version = version;
        }

        public Builder field(String f, FieldType type) {
            fields.put(f, type);
            return this;
        }

        /** A field that newer versions added; backports to older versions drop it. */
        public Builder field(String f, FieldType type, String sinceVersion) {
            fields.put(f, type);
            addedIn.put(f, sinceVersion);
            return this;
        }

        /** NovaPersistentObject's fields, which oslo appends after the class's own. */
        public Builder persistent() {
            field("created_at", FieldType.datetime().nullable());
            field("updated_at", FieldType.datetime().nullable());
            field("deleted_at", FieldType.datetime().nullable());
            field("deleted", FieldType.bool());
            return this;
        }

        public ObjectSchema build() {
            return new ObjectSchema(name, version, fields, addedIn);
        }
    }
}
