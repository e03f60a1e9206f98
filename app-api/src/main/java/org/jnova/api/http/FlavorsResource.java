package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.objects.Flavor;

/** {@code /flavors}, {@code /flavors/detail}, {@code /flavors/{id}} ({@code views/flavors.py}, 2.1). */
final class FlavorsResource {
    private final ComputeBackend backend;

    FlavorsResource(ComputeBackend backend) {
        this.backend = backend;
    }

    ApiResponse list(ApiRequest req, boolean detail) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Flavor f : backend.listFlavors(req.context())) {
            out.add(detail ? detail(req, f) : basic(req, f));
        }
        return ApiResponse.ok(JsonMaps.of("flavors", out));
    }

    ApiResponse show(ApiRequest req, String flavorId) {
        return ApiResponse.ok(JsonMaps.of("flavor", detail(req, backend.getFlavor(req.context(), flavorId))));
    }

    private static Map<String, Object> basic(ApiRequest req, Flavor f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", f.getFlavorId());
        v.put("name", f.getName());
        v.put("links", req.links("flavors/" + f.getFlavorId()));
        return v;
    }

    private static Map<String, Object> detail(ApiRequest req, Flavor f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", f.getFlavorId());
        v.put("name", f.getName());
        v.put("ram", f.getMemoryMb());
        v.put("disk", f.getRootGb());
        v.put("vcpus", f.getVcpus());
        v.put("OS-FLV-EXT-DATA:ephemeral", f.getEphemeralGb());
        v.put("swap", f.isSet("swap") && f.getSwap() != 0 ? (Object) f.getSwap() : "");
        Object rxtx = ServerViews.field(f, "rxtx_factor");
        v.put("rxtx_factor", rxtx == null ? 1.0 : rxtx);
        Object isPublic = ServerViews.field(f, "is_public");
        v.put("os-flavor-access:is_public", isPublic == null ? Boolean.TRUE : isPublic);
        Object disabled = ServerViews.field(f, "disabled");
        v.put("OS-FLV-DISABLED:disabled", disabled == null ? Boolean.FALSE : disabled);
        v.put("links", req.links("flavors/" + f.getFlavorId()));
        return v;
    }
}
