package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.objects.Service;

/**
 * {@code GET /os-services} ({@code services.py _get_service_detail}, 2.1 view) and the 2.1 updates
 * {@code PUT /os-services/enable|disable|disable-log-reason} with {@code {"host", "binary"}}: only
 * nova-compute services can be updated; a disabled compute is never chosen by the scheduler.
 */
final class ServicesResource {
    private final ComputeBackend backend;

    ServicesResource(ComputeBackend backend) {
        this.backend = backend;
    }

    ApiResponse list(ApiRequest req) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Service s : backend.listServices(req.context())) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", s.getId());
            v.put("binary", s.getBinary());
            v.put("host", s.getHost());
            v.put("zone", "nova-compute".equals(s.getBinary()) ? "nova" : "internal");
            v.put("status", s.isDisabled() ? "disabled" : "enabled");
            v.put("state", backend.isServiceUp(s) ? "up" : "down");
            Object updated = ServerViews.field(s, "updated_at");
            v.put("updated_at", ApiTimes.primitive(updated == null ? ServerViews.field(s, "created_at") : updated));
            v.put("disabled_reason", s.getDisabledReason());
            v.put("forced_down", s.isForcedDown());
            out.add(v);
        }
        return ApiResponse.ok(JsonMaps.of("services", out));
    }

    /** {@code PUT /os-services/{action}}: enable, disable or disable-log-reason ({@code _perform_action}). */
    ApiResponse update(ApiRequest req, String action) {
        boolean logReason = "disable-log-reason".equals(action);
        if (!logReason && !"enable".equals(action) && !"disable".equals(action)) {
            throw ApiError.notFound("Unknown action");
        }
        Map<String, Object> body = req.jsonObject();
        String host = requiredString(body, "host");
        String binary = requiredString(body, "binary");
        String reason = logReason ? requiredString(body, "disabled_reason") : null;
        if (reason != null && (reason.isBlank() || reason.length() > 255)) {
            throw ApiError.badRequest("Invalid input for field/attribute disabled_reason. Value: " + reason
                    + ". It must be 1 to 255 characters");
        }
        if (!"nova-compute".equals(binary)) {
            throw ApiError.badRequest("Updating a " + binary + " service is not supported. Only nova-compute"
                    + " services can be updated.");
        }
        Service service = backend.findService(req.context(), host, binary);
        if (service == null) {
            throw ApiError.notFound("Compute host " + host + " with binary " + binary + " could not be found.");
        }
        boolean enable = "enable".equals(action);
        service.set("disabled", !enable);
        service.set("disabled_reason", reason);
        backend.saveService(req.context(), service);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("host", host);
        view.put("binary", binary);
        view.put("status", enable ? "enabled" : "disabled");
        if (reason != null) {
            view.put("disabled_reason", reason);
        }
        return ApiResponse.ok(JsonMaps.of("service", view));
    }

    private static String requiredString(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (!(v instanceof String s)) {
            throw ApiError.badRequest("Invalid input for field/attribute " + field + ". Value: " + v + ". "
                    + (v == null ? "'" + field + "' is a required property" : v + " is not of type 'string'"));
        }
        return s;
    }
}
