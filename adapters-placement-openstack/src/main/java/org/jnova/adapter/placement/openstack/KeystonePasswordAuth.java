package org.jnova.adapter.placement.openstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.wire.PyJson;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.placement.PlacementException;

/**
 * keystoneauth's {@code password} plugin, Keystone v3 only: {@code POST <auth_url>/v3/auth/tokens} with the
 * user's password and a project scope; the token comes back in {@code X-Subject-Token} with the service
 * catalog, where Placement's endpoint is the first of {@code valid_interfaces} (in {@code region_name} if
 * set) unless {@code endpoint_override} names it. The token is renewed shortly before it expires, or when
 * Placement refuses it.
 */
final class KeystonePasswordAuth implements PlacementAuth {
    /** A token this close to its expiry is renewed before use. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final HttpClient http;
    private final Duration timeout;
    private final URI tokens;
    private final String body;
    private final String serviceType;
    private final List<String> interfaces;
    private final String region;
    private final String endpointOverride;
    private final Clock clock;
    private Credentials current;
    private Instant expiresAt;

    KeystonePasswordAuth(HttpClient http, Duration timeout, String authUrl, Map<String, Object> auth, String serviceType,
                         List<String> interfaces, String region, String endpointOverride, Clock clock) {
        this.http = http;
        this.timeout = timeout;
        String base = PlacementAuth.trimSlash(authUrl);
        this.tokens = URI.create((base.endsWith("/v3") ? base : base + "/v3") + "/auth/tokens");
        this.body = PyJson.dumps(Map.of("auth", auth));
        this.serviceType = serviceType;
        this.interfaces = List.copyOf(interfaces);
        this.region = region;
        this.endpointOverride = endpointOverride == null ? null : PlacementAuth.trimSlash(endpointOverride);
        this.clock = clock;
    }

    static KeystonePasswordAuth fromConfig(ConfigView config, HttpClient http, Duration timeout, String endpointOverride) {
        String authUrl = need(config, PlacementOptions.AUTH_URL);
        String password = need(config, PlacementOptions.PASSWORD);
        Map<String, Object> user = named(config, PlacementOptions.USER_ID, PlacementOptions.USERNAME,
                PlacementOptions.USER_DOMAIN_ID, PlacementOptions.USER_DOMAIN_NAME);
        user.put("password", password);
        Map<String, Object> project = named(config, PlacementOptions.PROJECT_ID, PlacementOptions.PROJECT_NAME,
                PlacementOptions.PROJECT_DOMAIN_ID, PlacementOptions.PROJECT_DOMAIN_NAME);
        Map<String, Object> auth = new LinkedHashMap<>();
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("methods", List.of("password"));
        identity.put("password", Map.of("user", user));
        auth.put("identity", identity);
        auth.put("scope", Map.of("project", project));
        return new KeystonePasswordAuth(http, timeout, authUrl, auth, config.string(PlacementOptions.SERVICE_TYPE),
                config.list(PlacementOptions.VALID_INTERFACES), PlacementOptions.text(config, PlacementOptions.REGION_NAME),
                endpointOverride, Clock.systemUTC());
    }

    @Override
    public synchronized Credentials credentials() {
        if (current == null || !clock.instant().isBefore(expiresAt.minus(RENEW_BEFORE))) {
            authenticate();
        }
        return current;
    }

    @Override
    public synchronized boolean invalidate() {
        current = null;
        return true;
    }

    private void authenticate() {
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(tokens).timeout(timeout).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PlacementException("cannot reach Keystone at " + tokens + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlacementException("interrupted while authenticating to Keystone at " + tokens, e);
        }
        String token = r.headers().firstValue("X-Subject-Token").orElse(null);
        if (r.statusCode() != 201 || token == null) {
            throw new PlacementException("Keystone at " + tokens + " refused [placement] credentials: HTTP "
                    + r.statusCode() + " " + abbreviate(r.body()));
        }
        Map<?, ?> tokenBody = tokenBody(r.body());
        expiresAt = expiry(tokenBody);
        current = new Credentials(endpointOverride != null ? endpointOverride : catalogEndpoint(tokenBody), token);
    }

    private String catalogEndpoint(Map<?, ?> token) {
        List<?> catalog = token.get("catalog") instanceof List<?> l ? l : List.of();
        for (String wanted : interfaces) {
            for (Object s : catalog) {
                if (!(s instanceof Map<?, ?> service) || !serviceType.equals(service.get("type"))
                        || !(service.get("endpoints") instanceof List<?> endpoints)) {
                    continue;
                }
                for (Object e : endpoints) {
                    if (e instanceof Map<?, ?> ep && wanted.equals(ep.get("interface")) && inRegion(ep)
                            && ep.get("url") instanceof String url) {
                        return PlacementAuth.trimSlash(url);
                    }
                }
            }
        }
        throw new PlacementException("the service catalog from " + tokens + " has no " + serviceType + " endpoint with"
                + " interface " + String.join(" or ", interfaces) + (region == null ? "" : " in region " + region)
                + "; set [placement] valid_interfaces/region_name, or endpoint_override");
    }

    private boolean inRegion(Map<?, ?> endpoint) {
        return region == null || region.equals(endpoint.get("region_id")) || region.equals(endpoint.get("region"));
    }

    private Map<?, ?> tokenBody(String text) {
        try {
            if (PyJson.loads(text) instanceof Map<?, ?> m && m.get("token") instanceof Map<?, ?> token) {
                return token;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new PlacementException("Keystone at " + tokens + " answered without a token body: " + abbreviate(text));
    }

    private Instant expiry(Map<?, ?> token) {
        Object v = token.get("expires_at");
        try {
            return v instanceof String s ? Instant.parse(s) : clock.instant().plus(Duration.ofHours(1));
        } catch (DateTimeParseException e) {
            throw new PlacementException("Keystone token expires_at '" + v + "' is not an ISO-8601 time", e);
        }
    }

    /** A user or project in Keystone's terms: by id, else by name within a domain (by id, else name, else Default). */
    private static Map<String, Object> named(ConfigView config, ConfigOption idOption, ConfigOption nameOption,
                                             ConfigOption domainIdOption, ConfigOption domainNameOption) {
        Map<String, Object> out = new LinkedHashMap<>();
        String id = PlacementOptions.text(config, idOption);
        if (id != null) {
            out.put("id", id);
            return out;
        }
        out.put("name", need(config, nameOption));
        String domainId = PlacementOptions.text(config, domainIdOption);
        String domainName = PlacementOptions.text(config, domainNameOption);
        out.put("domain", domainId != null ? Map.of("id", domainId) : Map.of("name", domainName == null ? "Default"
                : domainName));
        return out;
    }

    private static String need(ConfigView config, ConfigOption option) {
        String v = PlacementOptions.text(config, option);
        if (v == null) {
            throw new IllegalArgumentException("[placement] auth_type = password needs [placement] " + option.name());
        }
        return v;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
