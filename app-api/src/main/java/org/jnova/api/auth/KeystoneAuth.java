package org.jnova.api.auth;

import com.sun.net.httpserver.Headers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jnova.common.config.ConfigOpts;
import org.jnova.domain.rpc.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code auth_strategy = keystone}: keystonemiddleware's auth_token and Nova's NovaKeystoneContext in one.
 * Every request's X-Auth-Token is validated against Keystone with jnova's own service token (obtained with
 * [keystone_authtoken]'s password credentials, reused until 30 s before it expires, renewed at once when
 * Keystone refuses it) and cached; a missing, unknown, revoked or expired token is a 401 with
 * keystonemiddleware's body and {@code WWW-Authenticate: Keystone uri="..."}; Keystone unreachable (or
 * refusing the service user) is a 503, never a pass.
 */
public final class KeystoneAuth implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(KeystoneAuth.class);
    private static final Duration STALE = Duration.ofSeconds(30);

    private final KeystoneSettings settings;
    private final KeystoneClient keystone;
    private final TokenCache cache;
    private final Predicate<RequestContext> isAdmin;
    private final Clock clock;
    private KeystoneClient.ServiceToken serviceToken;

    KeystoneAuth(KeystoneSettings settings, Predicate<RequestContext> isAdmin, Clock clock) {
        this.settings = settings;
        this.keystone = new KeystoneClient(settings);
        this.cache = new TokenCache(settings.cacheTime());
        this.isAdmin = isAdmin;
        this.clock = clock;
    }

    /** From [keystone_authtoken]; {@code isAdmin} is the policy's context_is_admin check. */
    public static KeystoneAuth fromConfig(ConfigOpts config, Predicate<RequestContext> isAdmin) {
        KeystoneSettings s = KeystoneSettings.fromConfig(config);
        LOG.info("API requests are authenticated by Keystone at {} as service user {}", s.identityUrl(), s.username());
        return new KeystoneAuth(s, isAdmin, Clock.systemUTC());
    }

    @Override
    public AuthResult authenticate(Headers headers, String remoteAddress) {
        String token = headers.getFirst("X-Auth-Token");
        if (token == null || token.isBlank()) {
            return unauthorized();
        }
        token = token.strip();
        Instant now = clock.instant();
        ValidatedToken valid = cache.get(token, now);
        if (valid == null) {
            Optional<ValidatedToken> checked;
            try {
                checked = validate(token);
            } catch (KeystoneClient.Unavailable | KeystoneClient.ServiceTokenRejected e) {
                LOG.error("Unable to validate token: {}", e.getMessage());
                return new AuthResult.Answered(503, Map.of("serviceUnavailable", Map.of("code", 503,
                        "message", "The Keystone service is temporarily unavailable.")), Map.of());
            }
            if (checked.isEmpty()) {
                LOG.info("Authorization failed for token");
                return unauthorized();
            }
            valid = checked.get();
            cache.put(token, valid, now);
        }
        if (valid.expired(now)) {
            return unauthorized();
        }
        RequestContext ctx = UserContexts.of(valid.identity(), false, headers.getFirst(GLOBAL_REQUEST_ID_HEADER),
                remoteAddress);
        return new AuthResult.Accepted(ctx.with("is_admin", isAdmin.test(ctx)));
    }

    /** Validates with the current service token; once more with a new one if Keystone refused it. */
    private Optional<ValidatedToken> validate(String token) {
        try {
            return keystone.validate(serviceToken(false), token);
        } catch (KeystoneClient.ServiceTokenRejected e) {
            LOG.info("Keystone refused jnova's service token; authenticating again");
            return keystone.validate(serviceToken(true), token);
        }
    }

    private synchronized String serviceToken(boolean renew) {
        if (renew || serviceToken == null || serviceToken.expiresAt().minus(STALE).isBefore(clock.instant())) {
            serviceToken = keystone.authenticateService();
        }
        return serviceToken.id();
    }

    private AuthResult unauthorized() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", 401);
        error.put("title", "Unauthorized");
        error.put("message", "The request you have made requires authentication.");
        return new AuthResult.Answered(401, Map.of("error", error),
                Map.of("WWW-Authenticate", "Keystone uri=\"" + settings.wwwAuthenticateUri() + "\""));
    }

    /** Tokens in the cache now (for tests and diagnostics). */
    int cachedTokens() {
        return cache.size();
    }
}
