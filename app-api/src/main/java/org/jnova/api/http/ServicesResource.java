package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.policy.Policy;
import org.jnova.api.validation.NovaSchemas;
import org.jnova.domain.objects.Service;

/**
 * {@code GET /os-services[?host=&binary=]} ({@code services.py _get_service_detail}; forced_down from 2.11)
 * and the pre-2.53 updates {@code PUT /os-services/enable|disable|disable-log-reason} (and
 * {@code force-down} from 2.11) with {@code {"host", "binary", ...}}: admin only, nova-compute services only.
 */
final class ServicesResource {
    private static final String RULE = "os_compute_api:os-services:";

    private final ComputeBackend backend;
    private final Policy policy;

    ServicesResource(ComputeBackend backend, Policy policy) {
        this.backend = backend;
        this.policy = policy;
    }

    void register(Routes routes) {
        routes.add("GET", "os-services", (r, p) -> list(r))
                .add("PUT", "os-services/{action}", (r, p) -> update(r, p.get(0)));
    }

    ApiResponse list(ApiRequest req) {
        NovaSchemas.validateQuery("services.index_query_schema", req.queryValues());
        policy.authorize(req.context(), RULE + "list", Map.of());
        String host = req.query("host");
        String binary = req.query("binary");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Service s : backend.listServices(req.context())) {
            if ((host != null && !host.equals(s.getHost())) || (binary != null && !binary.equals(s.getBinary()))) {
                continue;
            }
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("binary", s.getBinary());
            v.put("host", s.getHost());
            v.put("id", s.getId());
            v.put("zone", "nova-compute".equals(s.getBinary()) ? "nova" : "internal");
            v.put("status", s.isDisabled() ? "disabled" : "enabled");
            v.put("state", backend.isServiceUp(s) ? "up" : "down");
            Object updated = ServerViews.field(s, "updated_at");
            v.put("updated_at", ApiTimes.primitive(updated == null ? ServerViews.field(s, "created_at") : updated));
            v.put("disabled_reason", s.getDisabledReason());
            if (req.atLeast("2.11")) {
                v.put("forced_down", s.isForcedDown());
            }
            out.add(v);
        }
        return ApiResponse.ok(JsonMaps.of("services", out));
    }

    /** {@code PUT /os-services/{action}} ({@code _perform_action}). */
    ApiResponse update(ApiRequest req, String action) {
        Object parsed = req.json();
        NovaSchemas.validateBody(req.atLeast("2.11") ? "services.service_update_v211" : "services.service_update",
                parsed);
        policy.authorize(req.context(), RULE + "update", Map.of());
        Map<?, ?> body = (Map<?, ?>) parsed;
        List<String> actions = req.atLeast("2.11") ? List.of("enable", "disable", "disable-log-reason", "force-down")
                : List.of("enable", "disable", "disable-log-reason");
        if (!actions.contains(action)) {
            throw ApiError.notFound("Unknown action");
        }
        String host = (String) body.get("host");
        String binary = (String) body.get("binary");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("host", host);
        view.put("binary", binary);
        Service service;
        switch (action) {
            case "force-down" -> {
                if (!body.containsKey("forced_down")) {
                    throw ApiError.badRequest("Missing forced_down field");
                }
                boolean down = StrUtils.boolFromString(body.get("forced_down"), false);
                service = find(req, host, binary);
                service.set("forced_down", down);
                view.put("forced_down", down);
            }
            case "disable-log-reason" -> {
                if (!body.containsKey("disabled_reason")) {
                    throw ApiError.badRequest("Missing disabled reason field");
                }
                String reason = (String) body.get("disabled_reason");
                service = find(req, host, binary);
                service.set("disabled", true);
                service.set("disabled_reason", reason);
                view.put("status", "disabled");
                if (reason != null && !reason.isEmpty()) {
                    view.put("disabled_reason", reason);
                }
            }
            default -> {
                boolean enable = action.equals("enable");
                service = find(req, host, binary);
                service.set("disabled", !enable);
                service.set("disabled_reason", null);
                view.put("status", enable ? "enabled" : "disabled");
            }
        }
        backend.saveService(req.context(), service);
        return ApiResponse.ok(JsonMaps.of("service", view));
    }

    private Service find(ApiRequest req, String host, String binary) {
        if (!"nova-compute".equals(binary)) {
            throw ApiError.badRequest("Updating a " + binary + " service is not supported. Only nova-compute"
                    + " services can be updated.");
        }
        Service service = backend.findService(req.context(), host, binary);
        if (service == null) {
            throw ApiError.notFound("Could not find binary " + binary + " on host " + host + ".");
        }
        return service;
    }

}
