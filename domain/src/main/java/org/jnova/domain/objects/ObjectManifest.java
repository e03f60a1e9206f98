package org.jnova.domain.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jnova.domain.error.UnsupportedObjectError;

/**
 * Version manifests ({@code obj_tree_get_versions}): a class and every class reachable through its
 * object and list-of-object fields, each mapped to its version, in Python's depth-first field order.
 * Modeled classes use their schema; the rest come from the Zed class table.
 */
public final class ObjectManifest {
    /** Manifests by class: every remote classmethod call sends one, and they change only on registration. */
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private ObjectManifest() {
    }

    /**
     * The manifest of a class, e.g. the {@code object_versions} sent with a classmethod call; unmodifiable,
     * computed once per class.
     */
    public static Map<String, String> treeVersions(String objName) {
        return CACHE.computeIfAbsent(objName, name -> {
            Map<String, String> tree = new LinkedHashMap<>();
            walk(name, tree);
            return Collections.unmodifiableMap(tree);
        });
    }

    /** A class was (re)registered: manifests computed before may be wrong now. */
    static void forgetAll() {
        CACHE.clear();
    }

    private static void walk(String name, Map<String, String> tree) {
        if (tree.containsKey(name)) {
            return;
        }
        if (ObjectRegistry.isRegistered(name)) {
            ObjectSchema schema = ObjectRegistry.schema(name);
            tree.put(name, schema.version());
            for (String child : children(schema)) {
                walk(child, tree);
            }
            return;
        }
        String version = ZedObjectTree.version(name);
        if (version == null) {
            throw new UnsupportedObjectError(name);
        }
        tree.put(name, version);
        for (String child : ZedObjectTree.children(name)) {
            walk(child, tree);
        }
    }

    private static List<String> children(ObjectSchema schema) {
        List<String> out = new ArrayList<>();
        for (FieldType t : schema.fields().values()) {
            if (t.kind() == FieldType.Kind.OBJECT) {
                out.add(t.objectName());
            } else if (t.kind() == FieldType.Kind.LIST && t.element().kind() == FieldType.Kind.OBJECT) {
                out.add(t.element().objectName());
            }
        }
        return out;
    }
}
