package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.image.Image;
import org.jnova.api.image.ImageCatalog;
import org.jnova.api.policy.Policy;

/**
 * The Image API v2 subset the OpenStack clients use, served from jnova's {@link ImageCatalog} under
 * {@code /image} (the {@code image} endpoint in Keystone's catalog): the version document,
 * {@code GET /v2/images[?name=]}, {@code GET /v2/images/{id}}, and for admins {@code POST /v2/images}
 * and {@code DELETE /v2/images/{id}}. Glance's shapes; errors as Glance's JSON error bodies.
 */
final class ImagesResource {
    private final ImageCatalog catalog;
    private final Policy policy;

    ImagesResource(ImageCatalog catalog, Policy policy) {
        this.catalog = catalog;
        this.policy = policy;
    }

    void register(Routes routes) {
        routes.add("GET", "", (r, p) -> versions(r))
                .add("GET", "v2/images", (r, p) -> list(r))
                .add("POST", "v2/images", (r, p) -> create(r))
                .add("GET", "v2/images/{id}", (r, p) -> show(r, p.get(0)))
                .add("DELETE", "v2/images/{id}", (r, p) -> delete(r, p.get(0)));
    }

    private ApiResponse versions(ApiRequest r) {
        return ApiResponse.ok(JsonMaps.of("versions", List.of(JsonMaps.of("id", "v2.0", "status", "CURRENT",
                "links", List.of(JsonMaps.of("rel", "self", "href", r.baseUrl() + "/image/v2/"))))));
    }

    private ApiResponse list(ApiRequest r) {
        policy.authorize(r.context(), "get_images");
        String name = r.query("name");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Image i : catalog.list()) {
            if ((name == null || name.equals(i.name())) && visible(r, i)) {
                out.add(view(i));
            }
        }
        return ApiResponse.ok(JsonMaps.of("images", out, "first", "/v2/images", "schema", "/v2/schemas/images"));
    }

    private ApiResponse show(ApiRequest r, String id) {
        policy.authorize(r.context(), "get_image");
        return ApiResponse.ok(view(find(r, id)));
    }

    private ApiResponse create(ApiRequest r) {
        policy.authorize(r.context(), "add_image");
        Map<String, Object> body = r.jsonObject();
        String diskFormat = optional(body, "disk_format", null);
        String containerFormat = optional(body, "container_format", null);
        if (diskFormat != null && !ImageCatalog.DISK_FORMATS.contains(diskFormat)) {
            throw glance(400, "Invalid disk format '" + diskFormat + "' for image.");
        }
        if (containerFormat != null && !ImageCatalog.CONTAINER_FORMATS.contains(containerFormat)) {
            throw glance(400, "Invalid container format '" + containerFormat + "' for image.");
        }
        String visibility = optional(body, "visibility", "public");
        if (!List.of("public", "private", "shared", "community").contains(visibility)) {
            throw glance(400, "Invalid visibility value: " + visibility);
        }
        String id = optional(body, "id", null);
        if (id != null && !id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw glance(400, "id: " + id + " is not a valid UUID");
        }
        Image image = ImageCatalog.newImage(id, optional(body, "name", null), diskFormat, containerFormat,
                number(body, "min_disk"), number(body, "min_ram"), visibility, r.projectId());
        try {
            catalog.create(image);
        } catch (IllegalArgumentException e) {
            throw glance(409, e.getMessage());
        }
        return new ApiResponse(201, view(image), Map.of("Location", r.baseUrl() + "/image/v2/images/" + image.id()));
    }

    private ApiResponse delete(ApiRequest r, String id) {
        policy.authorize(r.context(), "delete_image");
        find(r, id);
        catalog.delete(id);
        return ApiResponse.noContent();
    }

    private Image find(ApiRequest r, String id) {
        return catalog.get(id).filter(i -> visible(r, i))
                .orElseThrow(() -> glance(404, "No image found with ID " + id));
    }

    private static boolean visible(ApiRequest r, Image i) {
        return !"private".equals(i.visibility()) || r.context().isAdmin()
                || (i.owner() != null && i.owner().equals(r.projectId()));
    }

    /** Glance v2's image view. */
    static Map<String, Object> view(Image i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", i.id());
        v.put("name", i.name());
        v.put("status", i.status());
        v.put("visibility", i.visibility());
        v.put("protected", false);
        v.put("os_hidden", false);
        v.put("container_format", i.containerFormat());
        v.put("disk_format", i.diskFormat());
        v.put("min_disk", i.minDisk());
        v.put("min_ram", i.minRam());
        v.put("size", i.size());
        v.put("virtual_size", null);
        v.put("checksum", null);
        v.put("os_hash_algo", null);
        v.put("os_hash_value", null);
        v.put("owner", i.owner());
        v.put("tags", List.of());
        v.put("created_at", i.createdAt().toString());
        v.put("updated_at", i.updatedAt().toString());
        v.put("self", "/v2/images/" + i.id());
        v.put("file", "/v2/images/" + i.id() + "/file");
        v.put("schema", "/v2/schemas/image");
        return v;
    }

    private static String optional(Map<String, Object> body, String key, String def) {
        Object v = body.get(key);
        if (v == null) {
            return def;
        }
        if (!(v instanceof String s)) {
            throw glance(400, key + ": " + v + " is not of type 'string'");
        }
        return s;
    }

    private static long number(Map<String, Object> body, String key) {
        Object v = body.get(key);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Long n) || n < 0) {
            throw glance(400, key + ": " + v + " is not a non-negative integer");
        }
        return n;
    }

    /** Glance answers errors with webob's JSON body. */
    static ApiError glance(int status, String message) {
        String title = switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            default -> "Error";
        };
        return new ApiError(status, message, JsonMaps.of("message", message, "code", status + " " + title,
                "title", title));
    }
}
