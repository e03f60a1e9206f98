package org.jnova.api.http;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.BadRequest;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.error.InstanceInvalidState;
import org.jnova.domain.instance.InstanceOperation;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /servers}: create, list, show, delete and the server actions. */
final class ServersResource {
    private static final Logger LOG = LoggerFactory.getLogger(ServersResource.class);
    private static final char[] PASSWORD_CHARS =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComputeApi api;
    private final ComputeBackend backend;

    ServersResource(ComputeApi api, ComputeBackend backend) {
        this.api = api;
        this.backend = backend;
    }

    ApiResponse create(ApiRequest req) {
        Map<String, Object> body = req.jsonObject();
        if (!(body.get("server") instanceof Map<?, ?> server)) {
            throw ApiError.badRequest("Invalid input for field/attribute server. 'server' is a required property");
        }
        ComputeApi.CreateRequest create = new ComputeApi.CreateRequest(
                stringField(server, "name"), refField(server, "flavorRef"), refField(server, "imageRef"),
                metadata(server.get("metadata")));
        Instance instance = api.create(req.context(), create);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", instance.getUuid());
        out.put("links", req.links("servers/" + instance.getUuid()));
        out.put("OS-DCF:diskConfig", "MANUAL");
        out.put("security_groups", List.of(JsonMaps.of("name", "default")));
        out.put("adminPass", password());
        return new ApiResponse(202, JsonMaps.of("server", out),
                Map.of("Location", req.selfLink("servers/" + instance.getUuid())));
    }

    ApiResponse list(ApiRequest req, boolean detail) {
        List<Map<String, Object>> servers = new ArrayList<>();
        for (Instance instance : api.list(req.context(), req.query("status"))) {
            if (detail) {
                NovaObject fault = instance.getVmState() == VmState.ERROR ? fault(req, instance) : null;
                servers.add(ServerViews.detail(req, instance, fault));
            } else {
                servers.add(ServerViews.basic(req, instance));
            }
        }
        return ApiResponse.ok(JsonMaps.of("servers", servers));
    }

    ApiResponse show(ApiRequest req, String id) {
        Instance instance = api.get(req.context(), id);
        return ApiResponse.ok(JsonMaps.of("server", ServerViews.detail(req, instance, fault(req, instance))));
    }

    ApiResponse delete(ApiRequest req, String id) {
        try {
            api.delete(req.context(), id);
        } catch (InstanceInvalidState e) {
            throw conflict(e, "delete", id);
        }
        return ApiResponse.noContent();
    }

    /** {@code POST /servers/{id}/action} with exactly one action key. */
    ApiResponse action(ApiRequest req, String id) {
        Map<String, Object> body = req.jsonObject();
        if (body.size() != 1) {
            throw ApiError.badRequest("Malformed request body: an action body has exactly one key, got " + body.keySet());
        }
        String name = body.keySet().iterator().next();
        InstanceOperation op = switch (name) {
            case "os-start" -> InstanceOperation.START;
            case "os-stop" -> InstanceOperation.STOP;
            case "reboot" -> rebootType(body.get(name));
            case "pause" -> InstanceOperation.PAUSE;
            case "unpause" -> InstanceOperation.UNPAUSE;
            case "suspend" -> InstanceOperation.SUSPEND;
            case "resume" -> InstanceOperation.RESUME;
            default -> throw ApiError.badRequest("There is no such action: " + name);
        };
        try {
            api.act(req.context(), id, op);
        } catch (InstanceInvalidState e) {
            throw conflict(e, name, id);
        }
        return new ApiResponse(202, null);
    }

    private static InstanceOperation rebootType(Object arg) {
        Object type = arg instanceof Map<?, ?> m ? m.get("type") : null;
        if (!(type instanceof String t)) {
            throw ApiError.badRequest("Invalid input for field/attribute reboot. 'type' is a required property");
        }
        return switch (t.toUpperCase(java.util.Locale.ROOT)) {
            case "SOFT" -> InstanceOperation.REBOOT_SOFT;
            case "HARD" -> InstanceOperation.REBOOT_HARD;
            default -> throw ApiError.badRequest("Invalid input for field/attribute type. Value: " + t
                    + ". '" + t + "' is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']");
        };
    }

    /** {@code raise_http_conflict_for_instance_invalid_state}. */
    static ApiError conflict(InstanceInvalidState e, String action, String id) {
        Object attr = e.kwargs().get("attr");
        Object state = e.kwargs().get("state");
        if (attr == null || state == null) {
            return new ApiError(409, e.getMessage());
        }
        return new ApiError(409, "Cannot '" + action + "' instance " + id + " while it is in " + attr + " " + state);
    }

    /** The latest fault; the server view is still shown if it cannot be read. */
    private NovaObject fault(ApiRequest req, Instance instance) {
        try {
            return backend.latestFault(req.context(), instance.getUuid());
        } catch (RuntimeException e) {
            LOG.debug("Could not read the fault of {}: {}", instance.getUuid(), e.toString());
            return null;
        }
    }

    private static String stringField(Map<?, ?> server, String key) {
        Object v = server.get(key);
        if (v != null && !(v instanceof String)) {
            throw new BadRequest("Invalid input for field/attribute " + key + ". Value: " + v + ". "
                    + v + " is not of type 'string'");
        }
        return (String) v;
    }

    /** flavorRef/imageRef: a string or an integer id. */
    private static String refField(Map<?, ?> server, String key) {
        Object v = server.get(key);
        if (v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        return stringField(server, key);
    }

    private static Map<String, String> metadata(Object raw) {
        if (raw == null) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?> m)) {
            throw new BadRequest("Invalid input for field/attribute metadata. Value: " + raw
                    + ". metadata is not of type 'object'");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new BadRequest("Invalid input for field/attribute metadata. Value of '" + e.getKey()
                        + "' is not a string");
            }
            out.put(String.valueOf(e.getKey()), s);
        }
        return out;
    }

    private static String password() {
        char[] p = new char[12];
        for (int i = 0; i < p.length; i++) {
            p[i] = PASSWORD_CHARS[RANDOM.nextInt(PASSWORD_CHARS.length)];
        }
        return new String(p);
    }
}
