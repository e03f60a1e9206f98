package org.jnova.api.auth;

import com.sun.net.httpserver.Headers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nova's {@code noauth2} ({@code NoAuthMiddleware}): a request without X-Auth-Token is answered 204 with
 * the token {@code <X-Auth-User or admin>:<X-Auth-Project-Id or admin>} to use; a token {@code user:project}
 * (project defaults to user) is trusted as it is, admin when the user is {@code admin}, with no roles, so
 * non-admins pass Nova's policies only through the owner rules. For tests and the all-in-one: anyone
 * can claim any project.
 */
public final class NoAuth2 implements Authenticator {
    @Override
    public AuthResult authenticate(Headers headers, String remoteAddress) {
        String token = headers.getFirst("X-Auth-Token");
        if (token == null) {
            String user = orDefault(headers.getFirst("X-Auth-User"));
            String project = orDefault(headers.getFirst("X-Auth-Project-Id"));
            Map<String, String> h = new LinkedHashMap<>();
            h.put("X-Auth-Token", user + ":" + project);
            h.put("Content-Type", "text/plain; charset=UTF-8");
            return new AuthResult.Answered(204, null, h);
        }
        token = token.strip();
        int colon = token.indexOf(':');
        String user = colon < 0 ? token : token.substring(0, colon);
        String project = colon < 0 || colon == token.length() - 1 ? user : token.substring(colon + 1);
        UserContexts.Identity id = new UserContexts.Identity(user, null, null, project, null, null, List.of(),
                null, true, List.of());
        return new AuthResult.Accepted(UserContexts.of(id, "admin".equals(user),
                headers.getFirst(GLOBAL_REQUEST_ID_HEADER), remoteAddress));
    }

    private static String orDefault(String v) {
        return v == null ? "admin" : v;
    }
}
