package org.jnova.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jnova.cli.bench.EmbeddedCloud;
import org.jnova.cli.e2e.TestingServers;
import org.jnova.common.config.ConfigOpts;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * jnova behind a real Keystone (scripts/keystone: Debian's python3-keystone on loopback) with
 * {@code auth_strategy = keystone}: the authorization matrix with real tokens (issued once per user), the
 * unmodified {@code openstack} CLI (python3-openstackclient 6.0.0) and {@code nova} (python3-novaclient 18)
 * driving a server through its life, and Keystone going away answering 503.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeystoneEndToEndTest extends AuthMatrix {
    private KeystoneReferee keystone;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    void start() throws Exception {
        Path plugins = TestingServers.builtPlugins("jnova-transport-fake.zip", "jnova-hypervisor-fake.zip");
        int apiPort = EmbeddedCloud.freePort();
        keystone = KeystoneReferee.start("http://127.0.0.1:" + apiPort + "/v2.1", EmbeddedCloud.freePort());
        state = Files.createTempDirectory("jnova-keystone-e2e-");
        ConfigOpts config = EmbeddedCloud.embeddedConfig(List.of(keystone.jnovaConf()), state, apiPort);
        config.set("DEFAULT", "periodic_fuzzy_delay", "0");
        cloud = EmbeddedCloud.start(config, plugins);
        tokens.put(Caller.OWNER_MEMBER, issue("demo-openrc"));
        tokens.put(Caller.OWNER_READER, issue("demo-reader-openrc"));
        tokens.put(Caller.OTHER_PROJECT, issue("alt-openrc"));
        tokens.put(Caller.ADMIN, issue("admin-openrc"));
        tokens.put(Caller.BAD_TOKEN, "gAAAAABnot-a-fernet-token");
    }

    @AfterAll
    void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        if (keystone != null) {
            keystone.close();
        }
        TestingServers.deleteTree(state);
    }

    /** A project-scoped token for the user of an openrc file (Keystone's password authentication). */
    private String issue(String openrc) throws Exception {
        Map<String, String> env = keystone.openrc(openrc);
        Map<String, Object> body = Map.of("auth", Map.of("identity", Map.of("methods", List.of("password"),
                "password", Map.of("user", Map.of("name", env.get("OS_USERNAME"), "domain", Map.of("name", "Default"),
                        "password", env.get("OS_PASSWORD")))),
                "scope", Map.of("project", Map.of("name", env.get("OS_PROJECT_NAME"), "domain", Map.of("name", "Default")))));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(env.get("OS_AUTH_URL") + "/auth/tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PyJson.dumps(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.headers().firstValue("X-Subject-Token").orElseThrow();
    }

    @Override
    String token(Caller caller) {
        return tokens.get(caller);
    }

    @Override
    int noTokenStatus() {
        return 401;
    }

    @Override
    boolean hasBadToken() {
        return true;
    }

    @Test
    @Order(1)
    void aMissingOrBadTokenIsKeystonemiddlewares401() throws Exception {
        HttpResponse<String> r = send(Caller.BAD_TOKEN, "GET", "/servers", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r)).isEqualTo(Map.of("error", Map.of("code", 401L, "title", "Unauthorized",
                "message", "The request you have made requires authentication.")));
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Keystone uri=\"http://127.0.0.1:" + keystone.port + "\"");
    }

    @Test
    @Order(2)
    void everyRouteAnswersAsNovasPoliciesSay() throws Exception {
        runMatrix();
    }

    /** Runs a real OpenStack client as the demo member (demo-openrc); returns stdout, failing on a non-zero exit. */
    private String client(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.environment().putAll(keystone.openrc("demo-openrc"));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s\nstdout: %s\nstderr: %s", cmd, stdout, new String(err, StandardCharsets.UTF_8))
                .isZero();
        return stdout;
    }

    private Object osc(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/openstack"));
        cmd.addAll(List.of(args));
        String out = client(cmd.toArray(String[]::new));
        return out.isBlank() ? null : PyJson.loads(out);
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void theOpenstackCliDrivesAServerThroughItsLife() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openstack")),
                "skipped: python3-openstackclient is not installed (scripts/ensure-services.sh installs it)");
        List<Map<String, Object>> flavors = (List<Map<String, Object>>) osc("flavor", "list", "-f", "json");
        assertThat(flavors).extracting(f -> f.get("Name")).contains("m1.tiny", "m1.small");
        assertThat((Map<String, Object>) osc("flavor", "show", "m1.tiny", "-f", "json")).containsEntry("ram", 512L);
        Map<String, Object> created = (Map<String, Object>) osc("--os-compute-api-version", "2.37", "server", "create",
                "--flavor", "m1.tiny", "--image", "cirros", "--network", "none", "--wait", "osc-vm", "-f", "json");
        assertThat(created).containsEntry("status", "ACTIVE").containsEntry("name", "osc-vm");
        String id = (String) created.get("id");
        List<Map<String, Object>> listed = (List<Map<String, Object>>) osc("server", "list", "-f", "json");
        assertThat(listed).anySatisfy(s -> assertThat(s).containsEntry("ID", id).containsEntry("Status", "ACTIVE")
                .containsEntry("Image", "cirros"));
        assertThat((Map<String, Object>) osc("server", "show", "osc-vm", "-f", "json")).containsEntry("id", id);
        for (String[] step : new String[][] {{"stop", "SHUTOFF"}, {"start", "ACTIVE"}, {"reboot", "ACTIVE"},
                {"pause", "PAUSED"}, {"unpause", "ACTIVE"}, {"suspend", "SUSPENDED"}, {"resume", "ACTIVE"}}) {
            osc("server", step[0], id);
            new TestingServers(new org.jnova.cli.server.ComputeApiClient(cloud.apiUrl(), token(Caller.ADMIN)),
                    java.time.Duration.ofSeconds(30), 100).waitForStatus(id, step[1]);
        }
        List<Map<String, Object>> events = (List<Map<String, Object>>) osc("server", "event", "list", id, "-f", "json");
        assertThat(events).extracting(e -> e.get("Action")).contains("create", "stop", "start", "reboot", "pause",
                "unpause", "suspend", "resume");
        String novaList = client("/usr/bin/nova", "list");
        assertThat(novaList).contains(id).contains("osc-vm");
        osc("server", "delete", "--wait", id);
        assertThat((List<Object>) osc("server", "list", "-f", "json")).isEmpty();
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void theAdminManagesComputeServicesWithTheCli() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openstack")),
                "skipped: python3-openstackclient is not installed");
        List<String> admin = new ArrayList<>();
        keystone.openrc("admin-openrc").forEach((k, v) -> admin.add(k + "=" + v));
        List<String> cmd = new ArrayList<>(List.of("env"));
        cmd.addAll(admin);
        cmd.addAll(List.of("/usr/bin/openstack", "compute", "service", "list", "-f", "json"));
        List<Map<String, Object>> services = (List<Map<String, Object>>) PyJson.loads(client(cmd.toArray(String[]::new)));
        Map<String, Object> compute = services.stream().filter(s -> "nova-compute".equals(s.get("Binary"))).findFirst()
                .orElseThrow();
        String host = (String) compute.get("Host");
        cmd = new ArrayList<>(List.of("env"));
        cmd.addAll(admin);
        cmd.addAll(List.of("/usr/bin/openstack", "compute", "service", "set", "--disable", "--disable-reason", "osc",
                host, "nova-compute"));
        client(cmd.toArray(String[]::new));
        HttpResponse<String> r = send(Caller.ADMIN, "GET", "/os-services?binary=nova-compute", null);
        assertThat(r.body()).contains("\"status\": \"disabled\"").contains("\"disabled_reason\": \"osc\"");
        cmd.set(cmd.indexOf("--disable"), "--enable");
        cmd.removeAll(List.of("--disable-reason", "osc"));
        client(cmd.toArray(String[]::new));
        assertThat(send(Caller.ADMIN, "GET", "/os-services?binary=nova-compute", null).body())
                .contains("\"status\": \"enabled\"");
        // a demo member may not list services
        HttpResponse<String> denied = send(Caller.OWNER_MEMBER, "GET", "/os-services", null);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(json(denied)).isEqualTo(Map.of("forbidden", Map.of("code", 403L,
                "message", "Policy doesn't allow os_compute_api:os-services:list to be performed.")));
        hypervisorListOnceTheRouteExists(admin);
    }

    /**
     * {@code openstack hypervisor list}: asserted once jnova serves GET /os-hypervisors (the claims branch
     * adds it); until then the route's 404 is reported as a skip, never a pass.
     */
    @SuppressWarnings("unchecked")
    private void hypervisorListOnceTheRouteExists(List<String> admin) throws Exception {
        HttpResponse<String> probe = send(Caller.ADMIN, "GET", "/os-hypervisors", null);
        org.junit.jupiter.api.Assumptions.assumeTrue(probe.statusCode() != 404,
                "skipped: jnova does not serve GET /os-hypervisors yet (its route comes with the claims branch)");
        assertThat(send(Caller.OWNER_MEMBER, "GET", "/os-hypervisors", null).statusCode()).isEqualTo(403);
        List<String> cmd = new ArrayList<>(List.of("env"));
        cmd.addAll(admin);
        cmd.addAll(List.of("/usr/bin/openstack", "hypervisor", "list", "-f", "json"));
        assertThat((List<Object>) PyJson.loads(client(cmd.toArray(String[]::new)))).isNotEmpty();
    }

    @Test
    @Order(5)
    void keystoneGoneIsA503NeverAnOpenDoor() throws Exception {
        String fresh = issue("demo-openrc"); // not yet validated, so not in jnova's cache
        keystone.stop();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cloud.apiUrl()
                + "/servers")).header("X-Auth-Token", fresh).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("The Keystone service is temporarily unavailable.");
    }
}
