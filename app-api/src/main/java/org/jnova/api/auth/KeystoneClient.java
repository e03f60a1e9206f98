package org.jnova.api.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.PyJson;

/**
 * The two Identity v3 calls keystonemiddleware's auth_token makes: the service user's password
 * authentication ({@code POST /v3/auth/tokens}) and the validation of a user's token with the service
 * token ({@code GET /v3/auth/tokens}, X-Subject-Token).
 */
final class KeystoneClient {
    /** Keystone did not answer, or answered something other than a verdict on the token: a 503 for the caller. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Keystone refused the service token itself (expired or revoked): authenticate again and retry. */
    static final class ServiceTokenRejected extends RuntimeException {
        ServiceTokenRejected(String message) {
            super(message);
        }
    }

    /** The service user's token and when it expires. */
    record ServiceToken(String id, Instant expiresAt) {
    }

    private final KeystoneSettings settings;
    private final HttpClient http;

    KeystoneClient(KeystoneSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    ServiceToken authenticateService() {
        Map<String, Object> body = Map.of("auth", Map.of(
                "identity", Map.of("methods", List.of("password"), "password", Map.of("user", Map.of(
                        "name", settings.username(), "domain", Map.of("name", settings.userDomainName()),
                        "password", settings.password()))),
                "scope", Map.of("project", Map.of("name", settings.projectName(),
                        "domain", Map.of("name", settings.projectDomainName())))));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(settings.identityUrl() + "/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PyJson.dumps(body))));
        if (r.statusCode() != 201) {
            throw new Unavailable("Keystone refused jnova's service user " + settings.username() + " (HTTP "
                    + r.statusCode() + "): check [keystone_authtoken] username, password and project_name", null);
        }
        String id = r.headers().firstValue("X-Subject-Token")
                .orElseThrow(() -> new Unavailable("Keystone's token answer has no X-Subject-Token", null));
        return new ServiceToken(id, ValidatedToken.parseTime(token(r).get("expires_at")));
    }

    /** The user's token as Keystone describes it; empty when Keystone says it is not valid (404). */
    Optional<ValidatedToken> validate(String serviceToken, String userToken) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(settings.identityUrl() + "/auth/tokens"))
                .header("X-Auth-Token", serviceToken).header("X-Subject-Token", userToken).GET());
        return switch (r.statusCode()) {
            case 200 -> Optional.of(ValidatedToken.fromBody(userToken, token(r)));
            case 404 -> Optional.empty();
            case 401 -> throw new ServiceTokenRejected("Keystone refused the service token (HTTP 401)");
            default -> throw new Unavailable("Keystone answered HTTP " + r.statusCode() + " to a token validation: "
                    + r.body(), null);
        };
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(settings.timeout()).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("cannot reach Keystone at " + settings.identityUrl() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while calling Keystone", e);
        }
    }

    private static Map<?, ?> token(HttpResponse<String> r) {
        try {
            if (PyJson.loads(r.body()) instanceof Map<?, ?> m && m.get("token") instanceof Map<?, ?> t) {
                return t;
            }
        } catch (MalformedMessageException e) {
            throw new Unavailable("Keystone's answer is not JSON: " + e.getMessage(), e);
        }
        throw new Unavailable("Keystone's answer has no token object", null);
    }
}
