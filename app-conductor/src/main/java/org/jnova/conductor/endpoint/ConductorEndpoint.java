package org.jnova.conductor.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jnova.domain.error.UnsupportedObjectError;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.ObjectManifest;
import org.jnova.domain.objects.ObjectRegistry;
import org.jnova.domain.objects.ObjectSerializer;
import org.jnova.domain.objects.ObjectVersions;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcArgs;
import org.jnova.messaging.RpcArgumentException;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;

/**
 * {@code ConductorManager}'s object indirection (no namespace, version 3.0): remotable object methods
 * run here, against the database, for services that have none (nova-compute, the API).
 */
public final class ConductorEndpoint implements RpcEndpoint {
    public static final String VERSION = "3.0";

    private final ObjectMethods objects;
    private final Map<String, RpcMethod> methods;

    public ConductorEndpoint(ObjectMethods objects) {
        this.objects = Objects.requireNonNull(objects, "objects");
        Map<String, RpcMethod> m = new LinkedHashMap<>();
        m.put("object_class_action_versions", this::objectClassActionVersions);
        m.put("object_action", this::objectAction);
        m.put("object_backport_versions", this::objectBackportVersions);
        m.put("provider_fw_rule_get_all", (ctx, args) -> List.of());
        this.methods = Map.copyOf(m);
    }

    @Override
    public Target target() {
        return Target.endpoint(null, VERSION);
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return methods;
    }

    /**
     * Finds the class at a version compatible with the caller's manifest, runs the classmethod, and
     * returns an object result written at the caller's versions (a backport when it is older).
     */
    Object objectClassActionVersions(RequestContext ctx, RpcArgs args) {
        String objName = args.requiredString("objname");
        String method = args.requiredString("objmethod");
        Map<String, String> manifest = manifest(args.dict("object_versions"));
        String ours = ourVersion(objName);
        String requested = manifest.getOrDefault(objName, ours);
        ObjectVersions.checkCompatible(objName, requested, ours);
        Object result = objects.callClassMethod(ctx, objName, method, args.list("args"), args.dict("kwargs"));
        if (result instanceof NovaObject) {
            return ObjectSerializer.serializeEntity(result, manifest);
        }
        return result;
    }

    /** The version jnova serves of a class: its schema's, or Nova's Zed one for classes it does not model. */
    private static String ourVersion(String objName) {
        if (ObjectRegistry.isRegistered(objName)) {
            return ObjectRegistry.schema(objName).version();
        }
        try {
            String zed = ObjectManifest.treeVersions(objName).get(objName);
            if (zed != null) {
                return zed;
            }
        } catch (UnsupportedObjectError e) {
            // not a Nova class at all
        }
        throw new UnsupportedObjectError(objName);
    }

    /**
     * Runs an instance method on the received object and returns {@code [updates, result]}: every
     * field set after the call that was unset before or changed, as primitives, plus
     * {@code obj_what_changed}.
     */
    Object objectAction(RequestContext ctx, RpcArgs args) {
        Object inst = args.required("objinst");
        if (!(inst instanceof NovaObject self)) {
            Object name = inst instanceof Map<?, ?> m ? m.get(NovaObject.NAME_KEY) : inst;
            throw new UnsupportedObjectError(String.valueOf(name));
        }
        String method = args.requiredString("objmethod");
        FieldSnapshot before = new FieldSnapshot(self);
        Object result = objects.callInstanceMethod(ctx, self, method, args.list("args"), args.dict("kwargs"));
        Map<String, Object> updates = before.updates(self);
        updates.put("obj_what_changed", new ArrayList<>(self.whatChanged()));
        List<Object> reply = new ArrayList<>(2);
        reply.add(updates);
        reply.add(ObjectSerializer.serializeEntity(result));
        return reply;
    }

    /** The object as a primitive at the versions of the caller's manifest. */
    Object objectBackportVersions(RequestContext ctx, RpcArgs args) {
        Object inst = args.required("objinst");
        if (!(inst instanceof NovaObject self)) {
            throw new UnsupportedObjectError(String.valueOf(inst));
        }
        Map<String, String> manifest = manifest(args.dict("object_versions"));
        return ObjectSerializer.serializeEntity(self, manifest);
    }

    private static Map<String, String> manifest(Map<String, Object> raw) {
        if (raw == null) {
            throw new RpcArgumentException("object_versions must be a dict of object name to version");
        }
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
