package org.jnova.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.policy.Policy;
import org.jnova.api.validation.NovaSchemas;
import org.jnova.domain.objects.Flavor;

/**
 * {@code /flavors/{flavor_id}/os-extra_specs[/{key}]} ({@code flavors_extraspecs.py}): project readers and
 * admins read them, admins create, update and delete them.
 */
final class FlavorExtraSpecsResource {
    private static final String RULE = "os_compute_api:os-flavor-extra-specs:";

    private final ComputeBackend backend;
    private final Policy policy;

    FlavorExtraSpecsResource(ComputeBackend backend, Policy policy) {
        this.backend = backend;
        this.policy = policy;
    }

    void register(Routes routes) {
        routes.add("GET", "flavors/{id}/os-extra_specs", (r, p) -> index(r, p.get(0)))
                .add("POST", "flavors/{id}/os-extra_specs", (r, p) -> create(r, p.get(0)))
                .add("GET", "flavors/{id}/os-extra_specs/{key}", (r, p) -> show(r, p.get(0), p.get(1)))
                .add("PUT", "flavors/{id}/os-extra_specs/{key}", (r, p) -> update(r, p.get(0), p.get(1)))
                .add("DELETE", "flavors/{id}/os-extra_specs/{key}", (r, p) -> delete(r, p.get(0), p.get(1)));
    }

    private ApiResponse index(ApiRequest req, String flavorId) {
        policy.authorize(req.context(), RULE + "index", Map.of("project_id", req.projectId()));
        return ApiResponse.ok(JsonMaps.of("extra_specs", specs(FlavorsResource.get(req, backend, flavorId))));
    }

    private ApiResponse show(ApiRequest req, String flavorId, String key) {
        policy.authorize(req.context(), RULE + "show", Map.of("project_id", req.projectId()));
        Map<String, String> specs = specs(FlavorsResource.get(req, backend, flavorId));
        if (!specs.containsKey(key)) {
            throw noSuchKey(flavorId, key);
        }
        return ApiResponse.ok(JsonMaps.of(key, specs.get(key)));
    }

    private ApiResponse create(ApiRequest req, String flavorId) {
        Object body = req.json();
        NovaSchemas.validateBody("flavors_extraspecs.create", body);
        policy.authorize(req.context(), RULE + "create", Map.of());
        Map<?, ?> given = (Map<?, ?>) ((Map<?, ?>) body).get("extra_specs");
        save(req, flavorId, given);
        return ApiResponse.ok(body);
    }

    private ApiResponse update(ApiRequest req, String flavorId, String key) {
        Object body = req.json();
        NovaSchemas.validateBody("flavors_extraspecs.update", body);
        policy.authorize(req.context(), RULE + "update", Map.of());
        Map<?, ?> given = (Map<?, ?>) body;
        if (!given.containsKey(key)) {
            throw ApiError.badRequest("Request body and URI mismatch");
        }
        save(req, flavorId, given);
        return ApiResponse.ok(body);
    }

    private ApiResponse delete(ApiRequest req, String flavorId, String key) {
        policy.authorize(req.context(), RULE + "delete", Map.of());
        Flavor flavor = FlavorsResource.get(req, backend, flavorId);
        if (!specs(flavor).containsKey(key)) {
            throw noSuchKey(flavorId, key);
        }
        backend.saveFlavorExtraSpecs(req.context(), flavor, Map.of(), List.of(key));
        return new ApiResponse(200, null);
    }

    private void save(ApiRequest req, String flavorId, Map<?, ?> given) {
        Flavor flavor = FlavorsResource.get(req, backend, flavorId);
        Map<String, String> toAdd = new LinkedHashMap<>();
        given.forEach((k, v) -> toAdd.put(String.valueOf(k), v instanceof String s ? s : org.jnova.domain.wire.PyRepr.str(v)));
        backend.saveFlavorExtraSpecs(req.context(), flavor, toAdd, List.of());
    }

    private static ApiError noSuchKey(String flavorId, String key) {
        return ApiError.notFound("Flavor " + flavorId + " has no extra specs with key " + key + ".");
    }

    static Map<String, String> specs(Flavor flavor) {
        Map<String, String> out = new LinkedHashMap<>();
        if (ServerViews.field(flavor, "extra_specs") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }
}
