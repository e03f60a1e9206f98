package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.objects.NovaObject;

/** {@code /servers/{id}/os-instance-actions[/{request_id}]} ({@code instance_actions.py}, 2.1 view). */
final class InstanceActionsResource {
    private final ComputeBackend backend;

    InstanceActionsResource(ComputeBackend backend) {
        this.backend = backend;
    }

    ApiResponse list(ApiRequest req, String serverId) {
        backend.getInstance(req.context(), serverId);
        List<Map<String, Object>> out = new ArrayList<>();
        for (NovaObject action : backend.listActions(req.context(), serverId)) {
            out.add(action(action));
        }
        return ApiResponse.ok(JsonMaps.of("instanceActions", out));
    }

    ApiResponse show(ApiRequest req, String serverId, String requestId) {
        backend.getInstance(req.context(), serverId);
        NovaObject action = backend.getAction(req.context(), serverId, requestId);
        if (action == null) {
            throw ApiError.notFound("Action " + requestId + " could not be found.");
        }
        Map<String, Object> out = action(action);
        List<Map<String, Object>> events = new ArrayList<>();
        Object id = action.get("id");
        if (id instanceof Number n) {
            for (NovaObject event : backend.listEvents(req.context(), n.longValue())) {
                events.add(event(event, (String) ServerViews.field(action, "project_id")));
            }
        }
        out.put("events", events);
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

    private static Map<String, Object> event(NovaObject e, String projectId) {
        Map<String, Object> out = new LinkedHashMap<>();
        String host = (String) ServerViews.field(e, "host");
        out.put("event", ServerViews.field(e, "event"));
        out.put("start_time", ApiTimes.primitive(ServerViews.field(e, "start_time")));
        out.put("finish_time", ApiTimes.primitive(ServerViews.field(e, "finish_time")));
        out.put("result", ServerViews.field(e, "result"));
        out.put("traceback", ServerViews.field(e, "traceback"));
        out.put("host", host);
        out.put("hostId", ServerViews.hostId(projectId, host));
        out.put("details", ServerViews.field(e, "details"));
        return out;
    }
}
