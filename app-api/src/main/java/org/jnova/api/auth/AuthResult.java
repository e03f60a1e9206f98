package org.jnova.api.auth;

import java.util.Map;
import org.jnova.domain.rpc.RequestContext;

/** What authenticating a request gave: a caller to act for, or the answer to send instead. */
public sealed interface AuthResult {
    /** The request goes on as this caller. */
    record Accepted(RequestContext context) implements AuthResult {
    }

    /** The request stops here with this status, JSON body (null: none) and headers. */
    record Answered(int status, Object body, Map<String, String> headers) implements AuthResult {
    }
}
