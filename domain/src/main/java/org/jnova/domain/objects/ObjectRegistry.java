package org.jnova.domain.objects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The versioned-object classes jnova knows, by wire name ({@code VersionedObjectRegistry}). Classes
 * register themselves through {@link KnownObjects}, which lists them all in one place.
 */
public final class ObjectRegistry {
    private static final Map<String, Supplier<? extends NovaObject>> FACTORIES = new ConcurrentHashMap<>();
    private static final Map<String, ObjectSchema> SCHEMAS = new ConcurrentHashMap<>();

    static {
        KnownObjects.registerAll();
    }

    private ObjectRegistry() {
    }

    public static void register(ObjectSchema schema, Supplier<? extends NovaObject> factory) {
        SCHEMAS.put(schema.name(), schema);
        FACTORIES.put(schema.name(), factory);
        ObjectManifest.forgetAll();
    }

    public static boolean isRegistered(String name) {
        return FACTORIES.containsKey(name);
    }

    public static ObjectSchema schema(String name) {
        ObjectSchema s = SCHEMAS.get(name);
        if (s == null) {
            throw new org.jnova.domain.error.UnsupportedObjectError(name);
        }
        return s;
    }

    public static NovaObject newInstance(String name) {
        Supplier<? extends NovaObject> f = FACTORIES.get(name);
        if (f == null) {
            throw new org.jnova.domain.error.UnsupportedObjectError(name);
        }
        return f.get();
    }

    /** Name → current version of every registered class. */
    public static Map<String, String> versions() {
        Map<String, String> out = new java.util.TreeMap<>();
        SCHEMAS.forEach((n, s) -> out.put(n, s.version()));
        return out;
    }
}
