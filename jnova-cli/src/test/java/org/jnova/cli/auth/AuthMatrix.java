package org.jnova.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.image.ImageCatalog;
import org.jnova.cli.bench.EmbeddedCloud;
import org.jnova.cli.e2e.TestingServers;
import org.jnova.cli.server.ComputeApiClient;
import org.jnova.domain.wire.PyJson;

/**
 * The authorization matrix: every route jnova serves, sent by the owner project's member and reader,
 * another project's member, an admin, without a token and with a bad one; each status is the one Nova's
 * Zed default policies give, and where the call must not act the server, service or flavor is read back
 * (as admin, from the database through the conductor) unchanged. Subclasses run it in noauth2 and
 * against a real Keystone.
 */
abstract class AuthMatrix {
    static final int OK = 200;
    protected EmbeddedCloud cloud;
    protected Path state;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The X-Auth-Token of a caller, null for none. */
    abstract String token(Caller caller);

    /** What a request without a token gets: 401 (keystone) or noauth2's 204 token answer. */
    abstract int noTokenStatus();

    /** Whether a bad token can exist (not in noauth2, where any token is taken as it is). */
    abstract boolean hasBadToken();

    static Map<Caller, Integer> expect(int member, int reader, int other, int admin) {
        Map<Caller, Integer> m = new EnumMap<>(Caller.class);
        m.put(Caller.OWNER_MEMBER, member);
        m.put(Caller.OWNER_READER, reader);
        m.put(Caller.OTHER_PROJECT, other);
        m.put(Caller.ADMIN, admin);
        return m;
    }

    HttpResponse<String> send(Caller caller, String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        String token = token(caller);
        if (token != null) {
            b.header("X-Auth-Token", token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(PyJson.dumps(body)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request as every caller and checks each status; the unauthenticated callers always fail. */
    void check(String method, String path, Object body, Map<Caller, Integer> expected) throws Exception {
        Map<Caller, Integer> all = new EnumMap<>(expected);
        all.put(Caller.NO_TOKEN, noTokenStatus());
        if (hasBadToken()) {
            all.put(Caller.BAD_TOKEN, 401);
        }
        for (Map.Entry<Caller, Integer> e : all.entrySet()) {
            HttpResponse<String> r = send(e.getKey(), method, path, body);
            assertThat(r.statusCode()).as("%s %s %s as %s: %s", method, path, body, e.getKey(), r.body())
                    .isEqualTo(e.getValue());
            if (e.getValue() == 403) {
                assertThat(r.body()).contains("\"forbidden\"").contains("Policy doesn't allow");
            }
            if (e.getValue() == 401) {
                assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Keystone uri=");
            }
        }
    }

    /** As {@link #check} for callers that must not change anything: the thing read back is the same after. */
    void checkRefused(String method, String path, Object body, Map<Caller, Integer> expected, Snapshot snapshot)
            throws Exception {
        Object before = snapshot.take();
        check(method, path, body, expected);
        assertThat(snapshot.take()).as("state after refused %s %s", method, path).isEqualTo(before);
    }

    interface Snapshot {
        Object take() throws Exception;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json(HttpResponse<String> r) {
        return (Map<String, Object>) PyJson.loads(r.body());
    }

    /** The owner's server as the admin sees it: status, states, host, and its actions. */
    @SuppressWarnings("unchecked")
    Snapshot server(String id) {
        return () -> {
            Map<String, Object> s = (Map<String, Object>) json(send(Caller.ADMIN, "GET", "/servers/" + id, null)).get("server");
            List<Object> actions = (List<Object>) json(send(Caller.ADMIN, "GET", "/servers/" + id + "/os-instance-actions",
                    null)).get("instanceActions");
            return List.of(String.valueOf(s.get("status")), String.valueOf(s.get("OS-EXT-STS:task_state")),
                    String.valueOf(s.get("OS-EXT-STS:vm_state")), actions.size());
        };
    }

    Snapshot adminGet(String path) {
        return () -> send(Caller.ADMIN, "GET", path, null).body();
    }

    /** What an update may change of each service (not updated_at and state, which its heartbeats move). */
    @SuppressWarnings("unchecked")
    Snapshot services() {
        return () -> ((List<Map<String, Object>>) json(send(Caller.ADMIN, "GET", "/os-services", null)).get("services"))
                .stream().map(s -> List.of(s.get("host"), s.get("binary"), s.get("status"),
                        String.valueOf(s.get("disabled_reason")))).toList();
    }

    /** Creates a server as the owner's member and waits until it is ACTIVE. */
    String ownersActiveServer(String name) throws Exception {
        HttpResponse<String> r = send(Caller.OWNER_MEMBER, "POST", "/servers", Map.of("server", Map.of("name", name,
                "flavorRef", "1", "imageRef", ImageCatalog.CIRROS_ID)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) json(r).get("server")).get("id");
        new TestingServers(new ComputeApiClient(cloud.apiUrl(), token(Caller.ADMIN)), Duration.ofSeconds(30), 50)
                .waitForStatus(id, "ACTIVE");
        return id;
    }

    /** The whole matrix over one server of the owner project. */
    void runMatrix() throws Exception {
        String id = ownersActiveServer("matrix-vm");
        String host = (String) ((Map<?, ?>) json(send(Caller.ADMIN, "GET", "/servers/" + id, null)).get("server"))
                .get("OS-EXT-SRV-ATTR:host");
        // reads
        check("GET", "/servers", null, expect(OK, OK, OK, OK));
        check("GET", "/servers/detail", null, expect(OK, OK, OK, OK));
        assertThat(send(Caller.OTHER_PROJECT, "GET", "/servers/detail", null).body()).doesNotContain(id);
        assertThat(send(Caller.OWNER_READER, "GET", "/servers/detail", null).body()).contains(id)
                .doesNotContain("OS-EXT-SRV-ATTR:host");
        assertThat(send(Caller.ADMIN, "GET", "/servers/" + id, null).body()).contains("OS-EXT-SRV-ATTR:host");
        check("GET", "/servers/detail?all_tenants=1", null, expect(403, 403, 403, OK));
        check("GET", "/servers/" + id, null, expect(OK, OK, 404, OK));
        check("GET", "/servers/" + id + "/os-instance-actions", null, expect(OK, OK, 404, OK));
        check("GET", "/flavors/detail", null, expect(OK, OK, OK, OK));
        check("GET", "/flavors/1", null, expect(OK, OK, OK, OK));
        check("GET", "/flavors/1/os-extra_specs", null, expect(OK, OK, OK, OK));
        check("GET", "/os-services", null, expect(403, 403, 403, OK));
        check("GET", "/os-hypervisors", null, expect(403, 403, 403, OK));
        check("GET", "/os-hypervisors/detail", null, expect(403, 403, 403, OK));
        check("GET", "/os-hypervisors/statistics", null, expect(403, 403, 403, OK));
        // refused writes change nothing
        Map<String, Object> stop = java.util.Collections.singletonMap("os-stop", null);
        checkRefused("POST", "/servers/" + id + "/action", stop, Map.of(Caller.OTHER_PROJECT, 404), server(id));
        checkRefused("DELETE", "/servers/" + id, null, Map.of(Caller.OTHER_PROJECT, 404), server(id));
        checkRefused("PUT", "/os-services/disable", Map.of("host", host, "binary", "nova-compute"),
                expect(403, 403, 403, 403).entrySet().stream().filter(e -> e.getKey() != Caller.ADMIN)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                services());
        checkRefused("POST", "/flavors", Map.of("flavor", Map.of("name", "m1.matrix", "ram", 64, "vcpus", 1, "disk", 1,
                "id", "matrix")), Map.of(Caller.OWNER_MEMBER, 403, Caller.OWNER_READER, 403, Caller.OTHER_PROJECT, 403),
                adminGet("/flavors/detail?is_public=none"));
        checkRefused("POST", "/flavors/1/os-extra_specs", Map.of("extra_specs", Map.of("hw:cpu_policy", "dedicated")),
                Map.of(Caller.OWNER_MEMBER, 403, Caller.OWNER_READER, 403, Caller.OTHER_PROJECT, 403),
                adminGet("/flavors/1/os-extra_specs"));
        // allowed writes act
        assertThat(send(Caller.OWNER_MEMBER, "POST", "/servers/" + id + "/action", stop).statusCode()).isEqualTo(202);
        new TestingServers(new ComputeApiClient(cloud.apiUrl(), token(Caller.ADMIN)), Duration.ofSeconds(30), 50)
                .waitForStatus(id, "SHUTOFF");
        assertThat(send(Caller.ADMIN, "POST", "/flavors/1/os-extra_specs",
                Map.of("extra_specs", Map.of("hw:cpu_policy", "dedicated"))).statusCode()).isEqualTo(OK);
        assertThat(send(Caller.OWNER_READER, "GET", "/flavors/1/os-extra_specs/hw:cpu_policy", null).body())
                .isEqualTo("{\"hw:cpu_policy\": \"dedicated\"}");
        assertThat(send(Caller.ADMIN, "DELETE", "/flavors/1/os-extra_specs/hw:cpu_policy", null).statusCode())
                .isEqualTo(OK);
        // Zed's defaults still OR in the owner rule: the project's reader may delete its server too
        assertThat(send(Caller.OWNER_READER, "DELETE", "/servers/" + id, null).statusCode()).isEqualTo(204);
    }
}
