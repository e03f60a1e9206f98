package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jnova.api.compute.BadRequest;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.policy.Policy;
import org.jnova.api.validation.NovaSchemas;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.objects.Flavor;

/**
 * {@code /flavors}: list, detail and show for everyone (non-admins see public, enabled flavors only;
 * {@code views/flavors.py} at 2.1), create and delete for admins ({@code flavor_manage.py}).
 */
final class FlavorsResource {
    private static final String MANAGE = "os_compute_api:os-flavor-manage:";

    private final ComputeBackend backend;
    private final Policy policy;

    FlavorsResource(ComputeBackend backend, Policy policy) {
        this.backend = backend;
        this.policy = policy;
    }

    void register(Routes routes) {
        routes.add("GET", "flavors", (r, p) -> list(r, false))
                .add("POST", "flavors", (r, p) -> create(r))
                .add("GET", "flavors/detail", (r, p) -> list(r, true))
                .add("GET", "flavors/{id}", (r, p) -> show(r, p.get(0)))
                .add("DELETE", "flavors/{id}", (r, p) -> delete(r, p.get(0)));
    }

    ApiResponse list(ApiRequest req, boolean detail) {
        NovaSchemas.validateQuery("flavors.index_query", req.queryValues());
        boolean admin = req.context().isAdmin();
        Boolean isPublic = admin ? parseIsPublic(req.query("is_public")) : Boolean.TRUE;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Flavor f : backend.listFlavors(req.context())) {
            if (isPublic != null && isPublic != ComputeApi.isPublic(f)) {
                continue;
            }
            if (!admin && Boolean.TRUE.equals(ServerViews.field(f, "disabled"))) {
                continue; // _get_flavors: non-admins list enabled flavors only (show still finds them)
            }
            out.add(detail ? detail(req, f) : basic(req, f));
        }
        return ApiResponse.ok(JsonMaps.of("flavors", out));
    }

    /** {@code _parse_is_public}: unset is public only, "none" is all, else a boolean. */
    private static Boolean parseIsPublic(String v) {
        if (v == null) {
            return Boolean.TRUE;
        }
        if (v.toLowerCase(Locale.ROOT).equals("none")) {
            return null;
        }
        try {
            return StrUtils.boolFromString(v, true);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Invalid is_public filter [" + v + "]");
        }
    }

    ApiResponse show(ApiRequest req, String flavorId) {
        return ApiResponse.ok(JsonMaps.of("flavor", detail(req, get(req, backend, flavorId))));
    }

    /** {@code common.get_flavor}: a missing (or, for non-admins, private) flavor is 404 with FlavorNotFound's message. */
    static Flavor get(ApiRequest req, ComputeBackend backend, String flavorId) {
        try {
            return ComputeApi.visibleFlavor(backend, req.context(), flavorId);
        } catch (NovaException e) {
            if ("FlavorNotFound".equals(e.novaClass())) {
                throw ApiError.notFound(e.getMessage());
            }
            throw e;
        }
    }

    ApiResponse create(ApiRequest req) {
        Object body = req.json();
        NovaSchemas.validateBody("flavor_manage.create", body);
        policy.authorize(req.context(), MANAGE + "create", Map.of());
        Map<?, ?> vals = (Map<?, ?>) ((Map<?, ?>) body).get("flavor");
        Object id = vals.get("id");
        String flavorId = id == null || "".equals(id) ? UUID.randomUUID().toString() : String.valueOf(id);
        Flavor f = new Flavor();
        f.set("name", ((String) vals.get("name")).strip());
        f.set("flavorid", flavorId);
        f.set("memory_mb", integer(vals.get("ram")));
        f.set("vcpus", integer(vals.get("vcpus")));
        f.set("root_gb", integer(vals.get("disk")));
        f.set("ephemeral_gb", integer(orDefault(vals.get("OS-FLV-EXT-DATA:ephemeral"), 0L)));
        f.set("swap", integer(orDefault(vals.get("swap"), 0L)));
        f.set("rxtx_factor", Double.parseDouble(String.valueOf(orDefault(vals.get("rxtx_factor"), 1.0))));
        f.set("vcpu_weight", null);
        f.set("disabled", false);
        f.set("is_public", isPublic(orDefault(vals.get("os-flavor-access:is_public"), Boolean.TRUE)));
        f.set("extra_specs", new LinkedHashMap<String, String>());
        f.set("description", null);
        Flavor created;
        try {
            created = backend.createFlavor(req.context(), f);
        } catch (NovaException e) {
            if ("FlavorExists".equals(e.novaClass()) || "FlavorIdExists".equals(e.novaClass())) {
                throw new ApiError(409, e.getMessage());
            }
            throw e;
        }
        return ApiResponse.ok(JsonMaps.of("flavor", detail(req, created)));
    }

    ApiResponse delete(ApiRequest req, String flavorId) {
        policy.authorize(req.context(), MANAGE + "delete", Map.of());
        Flavor f = get(req, backend, flavorId);
        try {
            backend.destroyFlavor(req.context(), f);
        } catch (NovaException e) {
            if ("FlavorNotFound".equals(e.novaClass())) {
                throw ApiError.notFound(e.getMessage());
            }
            throw e;
        }
        return new ApiResponse(202, null);
    }

    private static Object orDefault(Object v, Object def) {
        return v == null || "".equals(v) ? def : v;
    }

    private static long integer(Object v) {
        return Long.parseLong(String.valueOf(v).strip());
    }

    /** {@code flavors.create}: {@code bool_from_string(is_public, strict=True)} or InvalidInput. */
    private static boolean isPublic(Object v) {
        try {
            return StrUtils.boolFromString(v, true);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Invalid input received: is_public must be a boolean");
        }
    }

    private static Map<String, Object> basic(ApiRequest req, Flavor f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", f.getFlavorId());
        v.put("name", f.getName());
        v.put("links", req.links("flavors/" + f.getFlavorId()));
        return v;
    }

    static Map<String, Object> detail(ApiRequest req, Flavor f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", f.getFlavorId());
        v.put("name", f.getName());
        v.put("ram", f.getMemoryMb());
        v.put("disk", f.getRootGb());
        v.put("vcpus", f.getVcpus());
        v.put("links", req.links("flavors/" + f.getFlavorId()));
        v.put("OS-FLV-EXT-DATA:ephemeral", f.getEphemeralGb());
        Object disabled = ServerViews.field(f, "disabled");
        v.put("OS-FLV-DISABLED:disabled", disabled == null ? Boolean.FALSE : disabled);
        v.put("swap", f.isSet("swap") && f.getSwap() != 0 ? (Object) f.getSwap() : "");
        Object rxtx = ServerViews.field(f, "rxtx_factor");
        v.put("rxtx_factor", rxtx == null ? 1.0 : rxtx);
        Object isPublic = ServerViews.field(f, "is_public");
        v.put("os-flavor-access:is_public", isPublic == null ? Boolean.TRUE : isPublic);
        return v;
    }
}
