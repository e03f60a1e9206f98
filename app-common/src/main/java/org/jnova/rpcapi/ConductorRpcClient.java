package org.jnova.rpcapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.ObjectManifest;
import org.jnova.domain.objects.ObjectSerializer;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcClient;
import org.jnova.messaging.RpcTransport;

/**
 * Nova's {@code conductor.rpcapi.ConductorAPI}, the object indirection API: calls to topic
 * {@code conductor} (any worker), version 3.0, no namespace. Remotable classmethods go through
 * {@link #objectClassAction}, remotable instance methods through {@link #objectAction}, which applies the
 * conductor's changes back to the object exactly as oslo.versionedobjects' {@code remotable} does.
 */
public final class ConductorRpcClient {
    public static final String TOPIC = "conductor";
    public static final String VERSION = "3.0";

    private final RpcClient client;

    /**
     * @param upgradeLevel {@code [upgrade_levels] conductor} (null for none)
     * @param rpcResponseTimeout {@code rpc_response_timeout}
     */
    public ConductorRpcClient(RpcTransport transport, String upgradeLevel, Duration rpcResponseTimeout) {
        String cap = UpgradeLevels.versionCap("conductor", upgradeLevel, UpgradeLevels.CONDUCTOR_ALIASES);
        this.client = transport.client(new Target(null, TOPIC, null, null, VERSION, false), rpcResponseTimeout, cap);
    }

    public RpcClient client() {
        return client;
    }

    /**
     * {@code object_class_action_versions(objname, objmethod, object_versions, args, kwargs)}: runs the
     * classmethod on the conductor and returns its (hydrated) result. The manifest is the client's
     * {@code obj_tree_get_versions(objname)}.
     */
    public Object objectClassAction(RequestContext ctx, String objname, String objmethod, List<?> args,
                                    Map<String, ?> kwargs) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("objname", objname);
        kw.put("objmethod", objmethod);
        kw.put("object_versions", ObjectManifest.treeVersions(objname));
        // the serializer writes fresh lists and maps of these: no copy here
        kw.put("args", args == null ? List.of() : args);
        kw.put("kwargs", kwargs == null ? Map.of() : kwargs);
        return client.call(ctx, "object_class_action_versions", kw);
    }

    /**
     * {@code object_action(objinst, objmethod, args, kwargs)}: runs the method on the conductor's copy,
     * then applies the returned {@code [updates, result]} to {@code objinst} and returns the result.
     */
    public Object objectAction(RequestContext ctx, NovaObject objinst, String objmethod, List<?> args,
                               Map<String, ?> kwargs) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("objinst", objinst);
        kw.put("objmethod", objmethod);
        // the serializer writes fresh lists and maps of these: no copy here
        kw.put("args", args == null ? List.of() : args);
        kw.put("kwargs", kwargs == null ? Map.of() : kwargs);
        Object reply = client.callPrimitive(ctx, "object_action", kw);
        if (!(reply instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof Map<?, ?> updates)) {
            throw new IllegalStateException("object_action " + objinst.objName() + "." + objmethod
                    + " returned " + reply + ", expected [updates, result]");
        }
        applyUpdates(objinst, updates);
        return ObjectSerializer.deserializeEntity(pair.get(1));
    }

    /**
     * {@code object_backport_versions(objinst, object_versions)}: asks the conductor for the object at the
     * versions of {@code manifest}; returns it hydrated.
     */
    public Object objectBackportVersions(RequestContext ctx, NovaObject objinst, Map<String, String> manifest) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("objinst", objinst);
        kw.put("object_versions", manifest);
        return client.call(ctx, "object_backport_versions", kw);
    }

    /**
     * ovo's {@code remotable} wrapper: set every update that is a field (decoded by its field type), then
     * forget all changes (not recursively, as {@code obj_reset_changes()}) and take the conductor's
     * {@code obj_what_changed} as the changed set.
     */
    static void applyUpdates(NovaObject obj, Map<?, ?> updates) {
        for (Map.Entry<?, ?> e : updates.entrySet()) {
            obj.loadPrimitive(String.valueOf(e.getKey()), e.getValue());
        }
        obj.resetChanges(obj.schema().fieldNames());
        if (updates.get("obj_what_changed") instanceof List<?> changed) {
            List<String> names = new ArrayList<>();
            for (Object c : changed) {
                names.add(String.valueOf(c));
            }
            obj.markChanged(names);
        }
    }
}
