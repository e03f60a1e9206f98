package org.jnova.api.http;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.BadRequest;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.compute.ServerStatus;
import org.jnova.api.policy.Policy;
import org.jnova.api.validation.NovaSchemas;
import org.jnova.domain.error.InstanceInvalidState;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.instance.InstanceOperation;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /servers}: create, list, show, delete and the server actions, after Nova's
 * {@code compute/servers.py}, {@code pause_server.py} and {@code suspend_server.py}: Nova's schemas per
 * microversion, Nova's policy rules and targets, another project's server answering 404 as if absent.
 */
final class ServersResource {
    private static final Logger LOG = LoggerFactory.getLogger(ServersResource.class);
    private static final String SERVERS = "os_compute_api:servers:";
    private static final String EXTENDED_ATTRIBUTES = "os_compute_api:os-extended-server-attributes";
    private static final char[] PASSWORD_CHARS =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The search options a non-admin may use ({@code _get_server_search_options}); others are dropped. */
    private static final List<String> USER_SEARCH_OPTIONS = List.of("reservation_id", "name", "status", "image",
            "flavor", "ip", "changes-since", "changes-before", "all_tenants", "ip6", "tags", "tags-any", "not-tags",
            "not-tags-any");

    private final ComputeApi api;
    private final ComputeBackend backend;
    private final Policy policy;

    ServersResource(ComputeApi api, ComputeBackend backend, Policy policy) {
        this.api = api;
        this.backend = backend;
        this.policy = policy;
    }

    void register(Routes routes) {
        routes.add("GET", "servers", (r, p) -> list(r, false))
                .add("POST", "servers", (r, p) -> create(r))
                .add("GET", "servers/detail", (r, p) -> list(r, true))
                .add("GET", "servers/{id}", (r, p) -> show(r, p.get(0)))
                .add("DELETE", "servers/{id}", (r, p) -> delete(r, p.get(0)))
                .add("POST", "servers/{id}/action", (r, p) -> action(r, p.get(0)));
    }

    ApiResponse create(ApiRequest req) {
        Object body = req.json();
        NovaSchemas.validateBody(createSchema(req), body);
        @SuppressWarnings("unchecked")
        Map<String, Object> server = (Map<String, Object>) ((Map<String, Object>) body).get("server");
        String name = ((String) server.get("name")).strip();
        String description = req.atLeast("2.19") ? (String) server.get("description") : name;
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("project_id", req.projectId());
        target.put("user_id", req.context().userId());
        target.put("availability_zone", server.get("availability_zone"));
        policy.authorize(req.context(), SERVERS + "create", target);
        int minCount = Integer.parseInt(String.valueOf(server.getOrDefault("min_count", 1L)));
        int maxCount = Integer.parseInt(String.valueOf(server.getOrDefault("max_count", (long) minCount)));
        if (minCount > maxCount) {
            throw new BadRequest("min_count must be <= max_count");
        }
        if (maxCount > 1) {
            throw new ApiError(400, "jnova creates one server per request: max_count must be 1");
        }
        String imageRef = CreateArguments.imageRef(server, policy, req.context(), target);
        CreateArguments.checkNetworks(server.get("networks"), policy, req.context(), target);
        String flavorRef = CreateArguments.idFromHref(String.valueOf(server.get("flavorRef")));
        Instance instance;
        try {
            instance = api.create(req.context(), new ComputeApi.CreateRequest(name, description, flavorRef, imageRef,
                    CreateArguments.metadata(server.get("metadata"))));
        } catch (NovaException e) {
            if ("FlavorNotFound".equals(e.novaClass())) {
                throw new BadRequest(e.getMessage());
            }
            throw e;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", instance.getUuid());
        out.put("links", req.links("servers/" + instance.getUuid()));
        out.put("OS-DCF:diskConfig", "MANUAL");
        out.put("security_groups", server.getOrDefault("security_groups", List.of(JsonMaps.of("name", "default"))));
        out.put("adminPass", server.get("adminPass") instanceof String p ? p : password());
        return new ApiResponse(202, JsonMaps.of("server", out),
                Map.of("Location", req.selfLink("servers/" + instance.getUuid())));
    }

    private static String createSchema(ApiRequest req) {
        if (req.atLeast("2.37")) {
            return "servers.create_v237";
        }
        if (req.atLeast("2.33")) {
            return "servers.create_v233";
        }
        if (req.atLeast("2.32")) {
            return "servers.create_v232";
        }
        return req.atLeast("2.19") ? "servers.create_v219" : "servers.create";
    }

    ApiResponse list(ApiRequest req, boolean detail) {
        NovaSchemas.validateQuery(req.atLeast("2.26") ? "servers.query_params_v226" : "servers.query_params_v21",
                req.queryValues());
        policy.authorize(req.context(), SERVERS + (detail ? "detail" : "index"));
        Map<String, String> search = new LinkedHashMap<>();
        req.queryValues().forEach((k, v) -> search.put(k, v.get(v.size() - 1)));
        if (!policy.check(req.context(), SERVERS + "allow_all_filters", null)) {
            search.keySet().retainAll(USER_SEARCH_OPTIONS);
        }
        String projectId = req.projectId();
        if (search.containsKey("all_tenants") && allTenants(search.get("all_tenants"))) {
            policy.authorize(req.context(), SERVERS + (detail ? "detail" : "index") + ":get_all_tenants");
            projectId = search.containsKey("project_id") ? search.get("project_id") : search.get("tenant_id");
        }
        List<Map<String, Object>> servers = new ArrayList<>();
        List<Instance> instances = api.list(req.context(),
                new ComputeApi.ListQuery(projectId, req.query("status"), search.get("name")));
        if (req.atLeast("2.26") && (search.containsKey("tags") || search.containsKey("tags-any"))) {
            instances = List.of(); // jnova's servers carry no tags (tagging them at create is 2.52), so none matches
        }
        boolean extended = detail && policy.check(req.context(), EXTENDED_ATTRIBUTES, null);
        boolean hostStatus = detail && req.atLeast("2.16")
                && policy.check(req.context(), SERVERS + "show:host_status", null);
        for (Instance instance : instances) {
            if (detail) {
                servers.add(ServerViews.detail(req, instance, faultIfShown(req, instance),
                        new ServerViews.Shown(extended, hostStatus ? hostStatus(req, instance) : null)));
            } else {
                servers.add(ServerViews.basic(req, instance));
            }
        }
        return ApiResponse.ok(JsonMaps.of("servers", servers));
    }

    /** {@code common.is_all_tenants}: present and empty means yes, else {@code bool_from_string(v, strict=True)}. */
    private static boolean allTenants(String value) {
        try {
            return value.isEmpty() || StrUtils.boolFromString(value, true);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    ApiResponse show(ApiRequest req, String id) {
        Instance instance = api.get(req.context(), id);
        Map<String, Object> target = Map.of("project_id", instance.getProjectId());
        policy.authorize(req.context(), SERVERS + "show", target);
        boolean extended = policy.check(req.context(), EXTENDED_ATTRIBUTES, target);
        String hostStatus = req.atLeast("2.16") && policy.check(req.context(), SERVERS + "show:host_status", target)
                ? hostStatus(req, instance) : null;
        return ApiResponse.ok(JsonMaps.of("server", ServerViews.detail(req, instance, faultIfShown(req, instance),
                new ServerViews.Shown(extended, hostStatus))));
    }

    ApiResponse delete(ApiRequest req, String id) {
        Instance instance;
        try {
            instance = api.get(req.context(), id);
        } catch (InstanceNotFound e) {
            throw ApiError.notFound("Instance could not be found");
        }
        policy.authorize(req.context(), SERVERS + "delete", owner(instance));
        try {
            api.delete(req.context(), instance);
        } catch (InstanceInvalidState e) {
            throw conflict(e, "delete", id);
        }
        return ApiResponse.noContent();
    }

    /** {@code POST /servers/{id}/action} with exactly one action key ({@code wsgi.action_peek}). */
    ApiResponse action(ApiRequest req, String id) {
        Object parsed = req.json();
        if (!(parsed instanceof Map<?, ?> body)) {
            throw ApiError.notFound("The resource could not be found.");
        }
        if (body.size() != 1) {
            throw ApiError.badRequest("Malformed request body");
        }
        String name = String.valueOf(body.keySet().iterator().next());
        String rule;
        InstanceOperation op;
        switch (name) {
            case "os-start" -> {
                op = InstanceOperation.START;
                rule = SERVERS + "start";
            }
            case "os-stop" -> {
                op = InstanceOperation.STOP;
                rule = SERVERS + "stop";
            }
            case "reboot" -> {
                NovaSchemas.validateBody("servers.reboot", parsed);
                op = "HARD".equalsIgnoreCase(String.valueOf(((Map<?, ?>) body.get("reboot")).get("type")))
                        ? InstanceOperation.REBOOT_HARD : InstanceOperation.REBOOT_SOFT;
                rule = SERVERS + "reboot";
            }
            case "pause" -> {
                op = InstanceOperation.PAUSE;
                rule = "os_compute_api:os-pause-server:pause";
            }
            case "unpause" -> {
                op = InstanceOperation.UNPAUSE;
                rule = "os_compute_api:os-pause-server:unpause";
            }
            case "suspend" -> {
                op = InstanceOperation.SUSPEND;
                rule = "os_compute_api:os-suspend-server:suspend";
            }
            case "resume" -> {
                op = InstanceOperation.RESUME;
                rule = "os_compute_api:os-suspend-server:resume";
            }
            default -> throw ApiError.badRequest("There is no such action: " + name);
        }
        Instance instance = api.get(req.context(), id);
        policy.authorize(req.context(), rule, owner(instance));
        try {
            api.act(req.context(), instance, op);
        } catch (InstanceInvalidState e) {
            throw conflict(e, conflictName(name), id);
        }
        return new ApiResponse(202, null);
    }

    private static String conflictName(String action) {
        return switch (action) {
            case "os-start" -> "start";
            case "os-stop" -> "stop";
            default -> action;
        };
    }

    private static Map<String, Object> owner(Instance instance) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("user_id", instance.getUserId());
        t.put("project_id", instance.getProjectId());
        return t;
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

    /** {@code get_instance_host_status}: "" without a host, else DOWN, MAINTENANCE, UP or UNKNOWN from its compute. */
    private String hostStatus(ApiRequest req, Instance instance) {
        String host = instance.getHost();
        if (host == null || host.isEmpty()) {
            return "";
        }
        Service compute = backend.findService(req.context(), host, "nova-compute");
        if (compute == null) {
            return "";
        }
        if (compute.isForcedDown()) {
            return "DOWN";
        }
        if (compute.isDisabled()) {
            return "MAINTENANCE";
        }
        return backend.isServiceUp(compute) ? "UP" : "UNKNOWN";
    }

    /** The latest fault of an ERROR or DELETED server; the view is still shown if it cannot be read. */
    private NovaObject faultIfShown(ApiRequest req, Instance instance) {
        if (!ServerViews.FAULT_STATUSES.contains(ServerStatus.of(instance.getVmState(), instance.getTaskState()))) {
            return null;
        }
        try {
            return backend.latestFault(req.context(), instance.getUuid());
        } catch (RuntimeException e) {
            LOG.debug("Could not read the fault of {}: {}", instance.getUuid(), e.toString());
            return null;
        }
    }

    private static String password() {
        char[] p = new char[12];
        for (int i = 0; i < p.length; i++) {
            p[i] = PASSWORD_CHARS[RANDOM.nextInt(PASSWORD_CHARS.length)];
        }
        return new String(p);
    }
}
