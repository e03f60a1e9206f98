package org.jnova.cli.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A server named on the command line by id or by name, resolved as openstackclient's
 * {@code find_resource} does: an existing id wins; otherwise exactly one server must have that name.
 */
final class ServerRef {
    private ServerRef() {
    }

    /** The id of the server {@code ref} names; a ComputeApiException (404, or 409 when ambiguous) otherwise. */
    static String resolve(ComputeApiClient client, String ref) {
        return (String) find(client, ref).get("id");
    }

    /** The server {@code ref} names, as {@code GET /servers/{id}} shows it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> find(ComputeApiClient client, String ref) {
        try {
            return (Map<String, Object>) client.get("/servers/" + ref).get("server");
        } catch (ComputeApiException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        List<String> ids = new ArrayList<>();
        for (Object o : (List<Object>) client.get("/servers").get("servers")) {
            Map<String, Object> server = (Map<String, Object>) o;
            if (ref.equals(server.get("name"))) {
                ids.add((String) server.get("id"));
            }
        }
        if (ids.isEmpty()) {
            throw new ComputeApiException(404, "No server with a name or ID of '" + ref + "' exists.");
        }
        if (ids.size() > 1) {
            throw new ComputeApiException(409, "More than one server exists with the name '" + ref + "': "
                    + String.join(", ", ids) + "; use its ID.");
        }
        return (Map<String, Object>) client.get("/servers/" + ids.get(0)).get("server");
    }
}
