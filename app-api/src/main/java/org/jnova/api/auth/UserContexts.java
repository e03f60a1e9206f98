package org.jnova.api.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jnova.domain.rpc.RequestContext;

/**
 * Builds the request context of an authenticated caller with the fields Nova's {@code RequestContext}
 * carries (and sends in every RPC message): user and project with their names and domains, roles,
 * is_admin, the token, request_id and global_request_id, remote_address.
 */
final class UserContexts {
    private static final Pattern REQUEST_ID = Pattern.compile(
            "^req-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$");

    private UserContexts() {
    }

    /** Who the caller is, as a token (or noauth2) says. */
    record Identity(String userId, String userName, String userDomainId, String projectId, String projectName,
                    String projectDomainId, List<String> roles, String authToken, boolean isAdminProject,
                    List<Object> serviceCatalog) {
    }

    static RequestContext of(Identity id, boolean isAdmin, String globalRequestId, String remoteAddress) {
        RequestContext base = RequestContext.of(id.userId(), id.projectId(), id.roles(), isAdmin);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("user_domain", id.userDomainId());
        v.put("project_domain", id.projectDomainId());
        v.put("auth_token", id.authToken());
        v.put("global_request_id", globalRequestId != null && REQUEST_ID.matcher(globalRequestId).matches()
                ? globalRequestId : null);
        v.put("user_identity", dash(id.userId()) + " " + dash(id.projectId()) + " - " + dash(id.userDomainId())
                + " " + dash(id.projectDomainId()));
        v.put("is_admin_project", id.isAdminProject());
        v.put("remote_address", remoteAddress);
        v.put("user_name", id.userName());
        v.put("service_catalog", id.serviceCatalog());
        v.put("project_name", id.projectName());
        return base.with(v);
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
