package org.jnova.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jnova.api.image.ImageCatalog;
import org.jnova.api.testing.InMemoryBackend;
import org.jnova.domain.objects.Service;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiHttpTest {
    private static final String UUID = "6b3d2f5e-1c1a-4c1e-9a36-0d9c2a3c4b5d";
    private final InMemoryBackend backend = new InMemoryBackend();
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiHttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = InMemoryApi.start(backend);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send("admin:admin", method, path, body);
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("X-Auth-Token", token);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> r) {
        return (Map<String, Object>) PyJson.loads(r.body());
    }

    @Test
    void theServerTurnsNaglesAlgorithmOffBeforeItsClassesLoad() {
        // without it every response body waits ~40 ms for the client's delayed ACK (measured: bench boot
        // at concurrency 8 went from 170 to 226-241 boots/s); the JDK reads the property only once
        assertThat(System.getProperty(ApiHttpServer.NODELAY_PROPERTY)).isEqualTo("true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createAnswers202WithNovasShapeAndARequestId() throws Exception {
        HttpResponse<String> r = send("POST", "/v2.1/servers",
                "{\"server\": {\"name\": \"vm1\", \"flavorRef\": \"1\", \"imageRef\": \"" + ImageCatalog.CIRROS_ID + "\"}}");

        assertThat(r.statusCode()).isEqualTo(202);
        Map<String, Object> server = (Map<String, Object>) json(r).get("server");
        assertThat(server).containsKeys("id", "links", "adminPass")
                .containsEntry("OS-DCF:diskConfig", "MANUAL")
                .containsEntry("security_groups", List.of(Map.of("name", "default")));
        assertThat(r.headers().firstValue("x-openstack-request-id")).get().asString().startsWith("req-");
        assertThat(r.headers().firstValue("x-compute-request-id"))
                .isEqualTo(r.headers().firstValue("x-openstack-request-id"));
        assertThat(backend.instances).containsKey((String) server.get("id"));
        assertThat(r.headers().firstValue("Location")).hasValue(base + "/v2.1/servers/" + server.get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void showReturnsTheDetailViewUnderAProjectPrefix() throws Exception {
        backend.addActive(UUID, "cmp1");

        HttpResponse<String> r = send("GET", "/v2.1/admin/servers/" + UUID, null);

        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> s = (Map<String, Object>) json(r).get("server");
        assertThat(s).containsEntry("status", "ACTIVE").containsEntry("OS-EXT-STS:power_state", 1L)
                .containsEntry("OS-EXT-STS:vm_state", "active").containsEntry("OS-EXT-SRV-ATTR:host", "cmp1")
                .containsEntry("OS-EXT-SRV-ATTR:instance_name", "instance-00000001")
                .containsEntry("OS-SRV-USG:launched_at", "2026-01-01T00:00:00.000000")
                .containsEntry("created", "2026-01-01T00:00:00Z");
        assertThat((Map<String, Object>) s.get("flavor")).containsEntry("id", "1");
        assertThat((String) s.get("hostId")).hasSize(56);
    }

    @Test
    void errorsUseNovasFaultBodies() throws Exception {
        backend.addActive(UUID, "cmp1");

        HttpResponse<String> missing = send("GET", "/v2.1/servers/nope", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing)).containsKey("itemNotFound");

        HttpResponse<String> malformed = send("POST", "/v2.1/servers", "{\"server\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"badRequest\"").contains("Malformed request body");

        HttpResponse<String> noFlavor = send("POST", "/v2.1/servers", "{\"server\": {\"name\": \"x\"}}");
        assertThat(noFlavor.statusCode()).isEqualTo(400);
        assertThat(json(noFlavor)).isEqualTo(Map.of("badRequest", Map.of("code", 400L,
                "message", "Invalid input for field/attribute server. Value: {'name': 'x'}. 'flavorRef' is a required property")));

        HttpResponse<String> badFlavor = send("POST", "/v2.1/servers",
                "{\"server\": {\"name\": \"x\", \"flavorRef\": \"42\", \"imageRef\": \"" + ImageCatalog.CIRROS_ID + "\"}}");
        assertThat(badFlavor.statusCode()).isEqualTo(400);
        assertThat(badFlavor.body()).contains("Flavor 42 could not be found.");

        HttpResponse<String> unknownAction = send("POST", "/v2.1/servers/" + UUID + "/action", "{\"fly\": null}");
        assertThat(unknownAction.statusCode()).isEqualTo(400);

        HttpResponse<String> badReboot = send("POST", "/v2.1/servers/" + UUID + "/action",
                "{\"reboot\": {\"type\": \"WARM\"}}");
        assertThat(badReboot.statusCode()).isEqualTo(400);

        HttpResponse<String> start = send("POST", "/v2.1/servers/" + UUID + "/action", "{\"os-start\": null}");
        assertThat(start.statusCode()).isEqualTo(409);
        assertThat(json(start)).isEqualTo(Map.of("conflictingRequest", Map.of("code", 409L, "message",
                "Cannot 'start' instance " + UUID + " while it is in vm_state active")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void statusQueryFiltersServersLikeNova() throws Exception {
        String building = "0e0e0e0e-1c1a-4c1e-9a36-0d9c2a3c4b5d";
        backend.addActive(UUID, "cmp1");
        backend.addActive(building, "cmp1");
        backend.instances.get(building).set("vm_state", "building");

        List<Map<String, Object>> build = (List<Map<String, Object>>) json(
                send("GET", "/v2.1/servers/detail?status=BUILD", null)).get("servers");
        assertThat(build).extracting(s -> s.get("id")).containsExactly(building);
        assertThat(backend.calls).anyMatch(c -> c.startsWith("list ") && c.contains("vm_state=[building]"));

        List<Object> active = (List<Object>) json(send("GET", "/v2.1/servers?status=ACTIVE", null)).get("servers");
        assertThat(active).hasSize(1);
        List<Object> unknown = (List<Object>) json(send("GET", "/v2.1/servers?status=NOPE", null)).get("servers");
        assertThat(unknown).isEmpty();
    }

    /** From 2.26 the tag filters apply (no server has a tag); before, Nova strips them as unknown parameters. */
    @Test
    @SuppressWarnings("unchecked")
    void tagFiltersMatchNoUntaggedServerFrom226() throws Exception {
        backend.addActive(UUID, "cmp1");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/v2.1/servers?tags=a"))
                .header("X-Auth-Token", "admin:admin");
        assertThat((List<Object>) json(http.send(b.build(), HttpResponse.BodyHandlers.ofString())).get("servers")).hasSize(1);
        b.header(ApiVersion.HEADER, "compute 2.26");
        assertThat((List<Object>) json(http.send(b.build(), HttpResponse.BodyHandlers.ofString())).get("servers")).isEmpty();
        HttpRequest notTags = HttpRequest.newBuilder(URI.create(base + "/v2.1/servers?not-tags=a"))
                .header("X-Auth-Token", "admin:admin").header(ApiVersion.HEADER, "compute 2.26").build();
        assertThat((List<Object>) json(http.send(notTags, HttpResponse.BodyHandlers.ofString())).get("servers")).hasSize(1);
    }

    /** all_tenants as {@code common.is_all_tenants} reads it: empty or a true word is yes, else oslo's strict words. */
    @Test
    @SuppressWarnings("unchecked")
    void allTenantsTakesOslosBooleanWords() throws Exception {
        backend.addActive(UUID, "cmp1").set("project_id", "other");

        assertThat((List<Object>) json(send("GET", "/v2.1/servers?all_tenants", null)).get("servers")).hasSize(1);
        assertThat((List<Object>) json(send("GET", "/v2.1/servers?all_tenants=%20Yes%20", null)).get("servers")).hasSize(1);
        HttpResponse<String> bad = send("GET", "/v2.1/servers?all_tenants=maybe", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad)).isEqualTo(Map.of("badRequest", Map.of("code", 400L, "message", "Unrecognized value"
                + " 'maybe', acceptable values are: '0', '1', 'f', 'false', 'n', 'no', 'off', 'on', 't', 'true', 'y', 'yes'")));
    }

    @Test
    void actionsAndDeleteAnswer202And204() throws Exception {
        backend.addActive(UUID, "cmp1");

        assertThat(send("POST", "/v2.1/servers/" + UUID + "/action", "{\"reboot\": {\"type\": \"HARD\"}}")
                .statusCode()).isEqualTo(202);
        assertThat(backend.calls).contains("cast REBOOT_HARD to cmp1");
        backend.instances.get(UUID).set("task_state", null);
        assertThat(send("DELETE", "/v2.1/servers/" + UUID, null).statusCode()).isEqualTo(204);
        assertThat(backend.calls).contains("cast DELETE to cmp1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesShowStateAndZone() throws Exception {
        Service compute = InMemoryBackend.computeOnCmp1();
        compute.set("forced_down", false);
        compute.set("updated_at", Instant.parse("2026-01-01T00:00:01Z"));
        backend.services.add(compute);
        backend.computeUp = false;

        Map<String, Object> svc = ((List<Map<String, Object>>) json(send("GET", "/v2.1/os-services", null))
                .get("services")).get(0);

        assertThat(svc).containsEntry("zone", "nova").containsEntry("state", "down")
                .containsEntry("status", "enabled").containsEntry("updated_at", "2026-01-01T00:00:01.000000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesAreDisabledWithAReasonAndEnabledAgainAsNova21Does() throws Exception {
        Service compute = InMemoryBackend.computeOnCmp1();
        backend.services.add(compute);

        HttpResponse<String> r = send("PUT", "/v2.1/os-services/disable-log-reason",
                "{\"host\": \"cmp1\", \"binary\": \"nova-compute\", \"disabled_reason\": \"maintenance\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> service = (Map<String, Object>) json(r).get("service");
        assertThat(service.keySet()).containsExactly("host", "binary", "status", "disabled_reason");
        assertThat(service).containsAllEntriesOf(Map.of("host", "cmp1", "binary", "nova-compute",
                "status", "disabled", "disabled_reason", "maintenance"));
        assertThat(backend.savedServices).singleElement().satisfies(s -> {
            assertThat(s.isDisabled()).isTrue();
            assertThat(s.getDisabledReason()).isEqualTo("maintenance");
        });
        Map<String, Object> listed = ((List<Map<String, Object>>) json(send("GET", "/v2.1/os-services", null))
                .get("services")).get(0);
        assertThat(listed).containsEntry("status", "disabled").containsEntry("disabled_reason", "maintenance");

        r = send("PUT", "/v2.1/os-services/enable", "{\"host\": \"cmp1\", \"binary\": \"nova-compute\"}");
        assertThat(json(r).get("service")).isEqualTo(Map.of("host", "cmp1", "binary", "nova-compute",
                "status", "enabled"));
        assertThat(compute.isDisabled()).isFalse();
        assertThat(compute.getDisabledReason()).isNull();

        r = send("PUT", "/v2.1/os-services/disable", "{\"host\": \"cmp1\", \"binary\": \"nova-conductor\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Updating a nova-conductor service is not supported");
        r = send("PUT", "/v2.1/os-services/disable", "{\"binary\": \"nova-compute\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("'host' is a required property");
        assertThat(send("PUT", "/v2.1/os-services/reboot", "{}").statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/v2.1/os-services/reboot", "{\"host\": \"cmp1\", \"binary\": \"nova-compute\"}")
                .statusCode()).isEqualTo(404);
        assertThat(send("POST", "/v2.1/os-services/disable", "{}").statusCode()).isEqualTo(405);
    }

    @SuppressWarnings("unchecked")
    private List<Object> flavorNames(String token, String path) throws Exception {
        HttpResponse<String> r = send(token, "GET", path, null);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return ((List<Map<String, Object>>) json(r).get("flavors")).stream().map(f -> f.get("name")).toList();
    }

    /**
     * As Nova's {@code flavors._get_flavors} and {@code _flavor_get_query_from_db}: without is_public an
     * admin lists the public flavors (is_public=none all, false the private ones); anyone else lists the
     * public, enabled flavors and cannot see a private one at all (404, and 400 in a server create).
     */
    @Test
    void flavorsAreListedAndShownAsNovaFiltersThemByVisibility() throws Exception {
        backend.flavors.get("2").set("is_public", false);
        backend.flavors.get("1").set("disabled", true);

        assertThat(flavorNames("admin:admin", "/v2.1/flavors/detail")).containsExactly("m1.tiny");
        assertThat(flavorNames("admin:admin", "/v2.1/flavors?is_public=none")).containsExactly("m1.tiny", "m1.small");
        assertThat(flavorNames("admin:admin", "/v2.1/flavors?is_public=false")).containsExactly("m1.small");
        assertThat(send("GET", "/v2.1/flavors?is_public=maybe", null).body())
                .contains("Invalid is_public filter [maybe]");
        assertThat(send("GET", "/v2.1/flavors/2", null).statusCode()).isEqualTo(200);

        assertThat(flavorNames("demo:demo", "/v2.1/flavors/detail")).isEmpty();
        assertThat(flavorNames("demo:demo", "/v2.1/flavors?is_public=none")).isEmpty();
        assertThat(send("demo:demo", "GET", "/v2.1/flavors/1", null).statusCode()).isEqualTo(200);
        HttpResponse<String> hidden = send("demo:demo", "GET", "/v2.1/flavors/2", null);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).contains("Flavor 2 could not be found.");
        assertThat(send("demo:demo", "GET", "/v2.1/flavors/2/os-extra_specs", null).statusCode()).isEqualTo(404);
        HttpResponse<String> create = send("demo:demo", "POST", "/v2.1/servers",
                "{\"server\": {\"name\": \"x\", \"flavorRef\": \"2\", \"imageRef\": \"" + ImageCatalog.CIRROS_ID + "\"}}");
        assertThat(create.statusCode()).isEqualTo(400);
        assertThat(create.body()).contains("Flavor 2 could not be found.");
        assertThat(backend.instances).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void flavorsAndVersionDocument() throws Exception {
        List<Map<String, Object>> flavors = (List<Map<String, Object>>) json(send("GET", "/v2.1/flavors/detail", null))
                .get("flavors");
        assertThat(flavors).extracting(f -> f.get("name")).containsExactly("m1.tiny", "m1.small");
        assertThat(flavors.get(0)).containsEntry("ram", 512L).containsEntry("swap", "");
        assertThat(send("GET", "/v2.1/flavors/99", null).statusCode()).isEqualTo(404);
        // versions.py: the v2.1 document names the API (id v2.1) and the microversion range 2.1 to the maximum
        Map<String, Object> version = (Map<String, Object>) json(send("GET", "/v2.1", null)).get("version");
        assertThat(version).containsEntry("id", "v2.1").containsEntry("status", "CURRENT")
                .containsEntry("min_version", "2.1").containsEntry("version", ApiVersion.MAX.toString());
    }
}
