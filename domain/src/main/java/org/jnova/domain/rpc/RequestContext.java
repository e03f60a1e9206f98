package org.jnova.domain.rpc;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Nova's {@code RequestContext} as it travels: {@link #toDict()} yields the keys of
 * {@code RequestContext.to_dict()} in Nova's order (each is sent as {@code _context_<key>}).
 * Immutable; services pass the incoming context on to the calls they make while handling a request,
 * so {@code request_id} and {@code global_request_id} propagate.
 */
public final class RequestContext {
    /** {@code %Y-%m-%dT%H:%M:%S.%f}: six fractional digits, no zone (parse_strtime insists on them). */
    public static final DateTimeFormatter TIMESTAMP_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private static final List<String> KEY_ORDER = List.of(
            "user", "project_id", "system_scope", "project", "domain", "user_domain", "project_domain",
            "is_admin", "read_only", "show_deleted", "auth_token", "request_id", "global_request_id",
            "resource_uuid", "roles", "user_identity", "is_admin_project", "user_id", "read_deleted",
            "remote_address", "timestamp", "quota_class", "user_name", "service_catalog", "project_name");

    private final Map<String, Object> values;

    private RequestContext(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** A new request id in Nova's form {@code req-<uuid>}. */
    public static String newRequestId() {
        return "req-" + UUID.randomUUID();
    }

    /** {@code get_admin_context()}: no user, no project, admin, a fresh request id. */
    public static RequestContext admin() {
        return of(null, null, List.of(), true);
    }

    /** A user context, as the API builds it for an incoming request. */
    public static RequestContext of(String userId, String projectId, List<String> roles, boolean isAdmin) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("user", userId);
        v.put("project_id", projectId);
        v.put("system_scope", null);
        v.put("project", projectId);
        v.put("domain", null);
        v.put("user_domain", null);
        v.put("project_domain", null);
        v.put("is_admin", isAdmin);
        v.put("read_only", false);
        v.put("show_deleted", false);
        v.put("auth_token", null);
        v.put("request_id", newRequestId());
        v.put("global_request_id", null);
        v.put("resource_uuid", null);
        v.put("roles", new ArrayList<>(roles));
        v.put("user_identity", identity(userId, projectId));
        v.put("is_admin_project", true);
        v.put("user_id", userId);
        v.put("read_deleted", "no");
        v.put("remote_address", null);
        v.put("timestamp", LocalDateTime.now(ZoneOffset.UTC).format(TIMESTAMP_FORMAT));
        v.put("quota_class", null);
        v.put("user_name", null);
        v.put("service_catalog", new ArrayList<>());
        v.put("project_name", null);
        return new RequestContext(v);
    }

    /**
     * Rebuilds a context from a received dict (the {@code _context_*} keys with the prefix stripped).
     * Known keys keep Nova's order; unknown keys (a newer peer's) are kept after them.
     */
    public static RequestContext fromDict(Map<String, ?> dict) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (String k : KEY_ORDER) {
            if (dict.containsKey(k)) {
                v.put(k, dict.get(k));
            }
        }
        for (Map.Entry<String, ?> e : dict.entrySet()) {
            if (!v.containsKey(e.getKey()) && !"client_timeout".equals(e.getKey())) {
                v.put(e.getKey(), e.getValue());
            }
        }
        return new RequestContext(v);
    }

    private static String identity(String user, String project) {
        return (user == null ? "-" : user) + " " + (project == null ? "-" : project) + " - - -";
    }

    /** The dict that is packed as {@code _context_<key>} entries, in Nova's key order. */
    public Map<String, Object> toDict() {
        return values;
    }

    public Object get(String key) {
        return values.get(key);
    }

    public String requestId() {
        return (String) values.get("request_id");
    }

    public String globalRequestId() {
        return (String) values.get("global_request_id");
    }

    public String userId() {
        return (String) values.get("user_id");
    }

    public String projectId() {
        return (String) values.get("project_id");
    }

    public boolean isAdmin() {
        return Boolean.TRUE.equals(values.get("is_admin"));
    }

    public String timestamp() {
        return (String) values.get("timestamp");
    }

    /** A copy with another value for one key. */
    public RequestContext with(String key, Object value) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.put(key, value);
        return new RequestContext(v);
    }

    /** A copy with other values for several keys (an API request's identity: user_name, roles, auth_token...). */
    public RequestContext with(Map<String, ?> changes) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.putAll(changes);
        return new RequestContext(v);
    }

    @SuppressWarnings("unchecked")
    public List<String> roles() {
        Object r = values.get("roles");
        return r instanceof List<?> l ? (List<String>) l : List.of();
    }

    @Override
    public String toString() {
        return "RequestContext[" + requestId() + ", user=" + userId() + ", project=" + projectId() + "]";
    }
}
