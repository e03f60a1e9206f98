package org.jnova.adapter.placement.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jnova.domain.wire.PyJson;
import org.jnova.ports.placement.PlacementException;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.RealPlacement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code [placement] auth_type = password}: a small stand-in for Keystone v3's token API (checks the
 * request keystoneauth's password plugin would send, answers a token and a service catalog) in front of
 * the real placement-api, whose noauth2 strategy accepts the token Keystone hands out here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeystonePasswordAuthTest {
    private RealPlacement placement;
    private HttpServer keystone;
    private final List<Map<?, ?>> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile Instant expiresAt;

    @BeforeAll
    void start() throws Exception {
        placement = RealPlacement.start(RealPlacement.repositoryRoot());
        keystone = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keystone.createContext("/identity/v3/auth/tokens", exchange -> {
            Map<?, ?> body = (Map<?, ?>) PyJson.loads(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            tokenRequests.add(body);
            Map<?, ?> user = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) body.get("auth")).get("identity"))
                    .get("password")).get("user");
            boolean good = "secret".equals(user.get("password"));
            String answer = good ? PyJson.dumps(Map.of("token", Map.of("expires_at", expiresAt.toString(),
                    "catalog", catalog()))) : "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\"}}";
            if (good) {
                exchange.getResponseHeaders().set("X-Subject-Token", "admin");
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(good ? 201 : 401, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        keystone.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (keystone != null) {
            keystone.stop(0);
        }
        if (placement != null) {
            placement.close();
        }
    }

    @BeforeEach
    void reset() {
        tokenRequests.clear();
        expiresAt = Instant.now().plusSeconds(3600);
    }

    /** Placement in two regions; only RegionOne's internal endpoint is the real service. */
    private List<Object> catalog() {
        return List.of(Map.of("type", "identity", "endpoints", List.of()),
                Map.of("type", "placement", "endpoints", List.of(
                        Map.of("interface", "public", "region_id", "RegionTwo", "url", "http://127.0.0.1:9/unused"),
                        Map.of("interface", "internal", "region_id", "RegionTwo", "url", "http://127.0.0.1:9/unused"),
                        Map.of("interface", "public", "region_id", "RegionOne", "url", "http://127.0.0.1:9/public"),
                        Map.of("interface", "internal", "region_id", "RegionOne", "url", placement.url() + "/"))));
    }

    private MapConfig password(String secret) {
        return new MapConfig().set(PlacementOptions.AUTH_TYPE, "password")
                .set(PlacementOptions.AUTH_URL, "http://127.0.0.1:" + keystone.getAddress().getPort() + "/identity")
                .set(PlacementOptions.USERNAME, "placement").set(PlacementOptions.PASSWORD, secret)
                .set(PlacementOptions.PROJECT_NAME, "service").set(PlacementOptions.USER_DOMAIN_NAME, "Default")
                .set(PlacementOptions.REGION_NAME, "RegionOne");
    }

    @Test
    void aTokenFromKeystoneAndTheCatalogsInternalEndpointOfTheRegionReachPlacement() {
        try (PlacementService p = new OpenStackPlacementFactory().create(password("secret"))) {
            String rp = UUID.randomUUID().toString();
            p.ensureProvider(rp, "node-" + rp);
            assertThat(p.provider(rp)).isPresent();
        }
        assertThat(tokenRequests).hasSize(1);
        Map<?, ?> auth = (Map<?, ?>) tokenRequests.get(0).get("auth");
        assertThat(PyJson.dumps(auth.get("identity"))).isEqualTo("{\"methods\": [\"password\"], \"password\":"
                + " {\"user\": {\"name\": \"placement\", \"domain\": {\"name\": \"Default\"}, \"password\": \"secret\"}}}");
        assertThat(PyJson.dumps(auth.get("scope"))).isEqualTo(
                "{\"project\": {\"name\": \"service\", \"domain\": {\"name\": \"Default\"}}}");
    }

    @Test
    void aTokenAboutToExpireIsRenewedBeforeUse() {
        expiresAt = Instant.now().plusSeconds(30);
        try (PlacementService p = new OpenStackPlacementFactory().create(password("secret"))) {
            p.providers();
            p.providers();
        }
        assertThat(tokenRequests).hasSize(2);
    }

    @Test
    void refusedCredentialsAndMissingOptionsAreNamed() {
        try (PlacementService p = new OpenStackPlacementFactory().create(password("wrong"))) {
            assertThatThrownBy(p::providers).isInstanceOf(PlacementException.class)
                    .hasMessageContaining("refused [placement] credentials: HTTP 401");
        }
        assertThatThrownBy(() -> new OpenStackPlacementFactory().create(password("secret")
                .set(PlacementOptions.PROJECT_NAME, null)))
                .hasMessage("[placement] auth_type = password needs [placement] project_name");
        assertThatThrownBy(() -> new OpenStackPlacementFactory().create(new MapConfig()
                .set(PlacementOptions.AUTH_TYPE, "admin_token").set(PlacementOptions.TOKEN, "admin")))
                .hasMessageContaining("needs [placement] endpoint_override");
        assertThatThrownBy(() -> new OpenStackPlacementFactory().create(password("secret")
                .set(PlacementOptions.REGION_NAME, "RegionThree")).providers())
                .hasMessageContaining("no placement endpoint with interface internal or public in region RegionThree");
    }
}
