package org.jnova.api.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.BadRequest;
import org.jnova.domain.wire.PyJson;
import org.jnova.domain.wire.PyRepr;

/**
 * Nova's request schemas ({@code nova/api/openstack/compute/schemas}, written into
 * {@code nova-zed-schemas.json} by {@code scripts/nova-api-reference}) and Nova's validation errors: a
 * refused body is a {@link BadRequest} worded as {@code nova.api.validation.validators._SchemaValidator}
 * words it ("Invalid input for field/attribute NAME. Value: VALUE. MESSAGE").
 */
public final class NovaSchemas {
    static final String RESOURCE = "nova-zed-schemas.json";
    private static final Map<?, ?> SCHEMAS = read();

    private NovaSchemas() {
    }

    /** The schema named {@code module.name}, e.g. {@code servers.create_v237}. */
    static Map<?, ?> schema(String name) {
        Object s = SCHEMAS.get(name);
        if (!(s instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("no Nova schema " + name + " in " + RESOURCE);
        }
        return m;
    }

    /** {@code @validation.schema(NAME)} on a request body (null when the request has none). */
    public static void validateBody(String name, Object body) {
        SchemaError e = JsonSchema.firstError(schema(name), body);
        if (e != null) {
            throw new BadRequest(detail(e, true));
        }
    }

    /** {@code @validation.query_schema(NAME)} on the query string ({@code req.GET.dict_of_lists()}). */
    public static void validateQuery(String name, Map<String, List<String>> query) {
        SchemaError e = JsonSchema.firstError(schema(name), query);
        if (e != null) {
            throw new BadRequest(detail(e, false));
        }
    }

    static String detail(SchemaError e, boolean body) {
        if (e.invalidNameReason != null) {
            return "An invalid 'name' value was provided. The name must be: " + e.invalidNameReason;
        }
        if (e.path.isEmpty()) {
            return e.message;
        }
        Object where = body ? e.path.peekLast() : e.path.peekFirst();
        return (body ? "Invalid input for field/attribute " : "Invalid input for query parameters ") + where
                + ". Value: " + PyRepr.str(e.instance) + ". " + e.message;
    }

    private static Map<?, ?> read() {
        try (InputStream in = NovaSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return (Map<?, ?>) PyJson.loads(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
