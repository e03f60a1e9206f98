package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.policy.Policy;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;

/**
 * {@code /servers/{id}/os-instance-actions[/{request_id}]} ({@code instance_actions.py}, 2.1 to 2.50 view):
 * the events of an action, with their tracebacks, only for those the events policy allows (admins).
 */
final class InstanceActionsResource {
    private static final String RULE = "os_compute_api:os-instance-actions:";

    private final ComputeApi api;
    private final ComputeBackend backend;
    private final Policy policy;

    InstanceActionsResource(ComputeApi api, ComputeBackend backend, Policy policy) {
        this.api = api;
        this.backend = backend;
        this.policy = policy;
    }

    void register(Routes routes) {
        routes.add("GET", "servers/{id}/os-instance-actions", (r, p) -> list(r, p.get(0)))
                .add("GET", "servers/{id}/os-instance-actions/{request_id}", (r, p) -> show(r, p.get(0), p.get(1)));
    }

    ApiResponse list(ApiRequest req, String serverId) {
        Instance instance = api.get(req.context(), serverId);
        policy.authorize(req.context(), RULE + "list", Map.of("project_id", instance.getProjectId()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (NovaObject action : backend.listActions(req.context(), serverId)) {
            out.add(action(action));
        }
        return ApiResponse.ok(JsonMaps.of("instanceActions", out));
    }

    ApiResponse show(ApiRequest req, String serverId, String requestId) {
        Instance instance = api.get(req.context(), serverId);
        Map<String, Object> target = Map.of("project_id", instance.getProjectId());
        policy.authorize(req.context(), RULE + "show", target);
        NovaObject action = backend.getAction(req.context(), serverId, requestId);
        if (action == null) {
            throw ApiError.notFound("Action " + requestId + " not found");
        }
        Map<String, Object> out = action(action);
        if (policy.check(req.context(), RULE + "events", target)) {
            List<Map<String, Object>> events = new ArrayList<>();
            if (action.get("id") instanceof Number n) {
                for (NovaObject event : backend.listEvents(req.context(), n.longValue())) {
                    events.add(event(event));
                }
            }
            out.put("events", events);
        }
        return ApiResponse.ok(JsonMaps.of("instanceAction", out));
    }

    private static Map<String, Object> action(NovaObject a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("action", ServerViews.field(a, "action"));
        out.put("instance_uuid", ServerViews.field(a, "instance_uuid"));
        out.put("request_id", ServerViews.field(a, "request_id"));
        out.put("user_id", ServerViews.field(a, "user_id"));
        out.put("project_id", ServerViews.field(a, "project_id"));
        out.put("start_time", ApiTimes.primitive(ServerViews.field(a, "start_time")));
        out.put("message", ServerViews.field(a, "message"));
        return out;
    }

    /** EVENT_KEYS with the traceback (shown with the events); host and hostId come at 2.62, beyond jnova's range. */
    private static Map<String, Object> event(NovaObject e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", ServerViews.field(e, "event"));
        out.put("start_time", ApiTimes.primitive(ServerViews.field(e, "start_time")));
        out.put("finish_time", ApiTimes.primitive(ServerViews.field(e, "finish_time")));
        out.put("result", ServerViews.field(e, "result"));
        out.put("traceback", ServerViews.field(e, "traceback"));
        return out;
    }
}
