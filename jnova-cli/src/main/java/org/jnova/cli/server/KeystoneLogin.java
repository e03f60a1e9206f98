package org.jnova.cli.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jnova.domain.wire.PyJson;

/** Password authentication against Keystone v3: a project-scoped token and the endpoints of its catalog. */
record KeystoneLogin(String token, List<?> catalog) {

    static KeystoneLogin login(Credentials c) {
        if (c.username() == null || c.password() == null || c.projectName() == null) {
            throw new ComputeApiException(0, "Keystone at " + c.authUrl() + " needs a username, a password and a"
                    + " project name (--os-username/--os-password/--os-project-name or OS_* variables)");
        }
        String base = c.authUrl().endsWith("/") ? c.authUrl().substring(0, c.authUrl().length() - 1) : c.authUrl();
        String url = (base.endsWith("/v3") ? base : base + "/v3") + "/auth/tokens";
        Map<String, Object> body = Map.of("auth", Map.of(
                "identity", Map.of("methods", List.of("password"), "password", Map.of("user", Map.of(
                        "name", c.username(), "domain", Map.of("name", c.userDomainName()), "password", c.password()))),
                "scope", Map.of("project", Map.of("name", c.projectName(), "domain", Map.of("name", c.projectDomainName())))));
        HttpResponse<String> r;
        try {
            r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(PyJson.dumps(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ComputeApiException(0, "cannot reach Keystone at " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComputeApiException(0, "interrupted while logging in to Keystone");
        }
        if (r.statusCode() != 201) {
            throw new ComputeApiException(r.statusCode(), "Keystone refused the login of " + c.username() + ": " + r.body());
        }
        Map<?, ?> token = (Map<?, ?>) ((Map<?, ?>) PyJson.loads(r.body())).get("token");
        return new KeystoneLogin(r.headers().firstValue("X-Subject-Token").orElseThrow(),
                token.get("catalog") instanceof List<?> l ? l : List.of());
    }

    /** The public endpoint of a service type (in the region, if one is given), or null. */
    String endpoint(String type, String region) {
        for (Object s : catalog) {
            Map<?, ?> service = (Map<?, ?>) s;
            if (!type.equals(service.get("type")) || !(service.get("endpoints") instanceof List<?> endpoints)) {
                continue;
            }
            for (Object e : endpoints) {
                Map<?, ?> ep = (Map<?, ?>) e;
                if ("public".equals(ep.get("interface")) && (region == null || region.equals(ep.get("region")))) {
                    return String.valueOf(ep.get("url"));
                }
            }
        }
        return null;
    }
}
