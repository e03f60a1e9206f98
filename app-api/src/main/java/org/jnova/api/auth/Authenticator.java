package org.jnova.api.auth;

import com.sun.net.httpserver.Headers;

/**
 * The {@code [api] auth_strategy} in front of the Compute API, as Nova's paste pipeline puts
 * keystonemiddleware (keystone) or NoAuthMiddleware (noauth2) before every route.
 */
public interface Authenticator {
    /** X-OpenStack-Request-ID, carried as the context's global_request_id when it is Nova's req-UUID form. */
    String GLOBAL_REQUEST_ID_HEADER = "X-OpenStack-Request-ID";

    /** Authenticates one request from its headers and the client's address. */
    AuthResult authenticate(Headers headers, String remoteAddress);
}
