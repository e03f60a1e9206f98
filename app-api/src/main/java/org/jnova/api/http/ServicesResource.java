package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.objects.Service;

/** {@code GET /os-services} ({@code services.py _get_service_detail}, 2.1 view). */
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
}
