package org.jnova.interop;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.wire.PyJson;

/**
 * jnova services as separate JVMs ({@code bin/jnova conductor|compute|api}) sharing one config on RabbitMQ
 * and PostgreSQL, plus a small HTTP client for the Compute API they serve.
 */
final class JnovaProcesses implements AutoCloseable {
    /** noauth2's token for the admin of project admin. */
    private static final String ADMIN_TOKEN = "admin:admin";
    private final Path root;
    private final Path dir;
    private final Path baseConf;
    private final Map<String, Process> running = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String api;

    JnovaProcesses(Path root, String transportUrl, String dbUrl) throws IOException {
        this(root, transportUrl, dbUrl, List.of());
    }

    /** @param extraConfig more lines of the shared config (after its {@code [database]} section) */
    JnovaProcesses(Path root, String transportUrl, String dbUrl, List<String> extraConfig) throws IOException {
        this.root = root;
        this.dir = Files.createTempDirectory("jnova-mp-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        this.api = "http://127.0.0.1:" + port + "/v2.1";
        this.baseConf = dir.resolve("base.conf");
        Files.writeString(baseConf, String.join("\n",
                "[DEFAULT]",
                "transport_url = " + transportUrl,
                "report_interval = 2",
                // slack of 6 missed reports before "down": CI saw NoValidHost with a live compute (likely a late
                // report on a loaded 2-core machine, unproven) when 8 s left room for only 3
                "service_down_time = 15",
                "rpc_response_timeout = 30",
                "state_path = " + dir.resolve("state"),
                "osapi_compute_listen = 127.0.0.1",
                "osapi_compute_listen_port = " + port,
                "[database]",
                "connection = " + dbUrl, String.join("\n", extraConfig), ""));
    }

    /**
     * Starts {@code bin/jnova <service>} with {@code host} and any more config lines of its own (after its
     * {@code [DEFAULT]} host and state_path); output goes to {@code <host>.log}, appended across restarts.
     */
    void start(String service, String host, String... ownConfig) throws IOException {
        Path conf = dir.resolve(host + ".conf");
        Files.writeString(conf, "[DEFAULT]\nhost = " + host + "\nstate_path = " + dir.resolve("state-" + host) + "\n"
                + String.join("\n", ownConfig) + "\n");
        Process p = new ProcessBuilder(root.resolve("bin/jnova").toString(), service, "--config-file",
                baseConf.toString(), "--config-file", conf.toString())
                .directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(host + ".log").toFile())).start();
        running.put(host, p);
    }

    /** SIGTERM, as an operator stopping the service. */
    void stop(String host) throws InterruptedException {
        Process p = running.remove(host);
        if (p != null) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** SIGKILL: the process dies at once, whatever it was doing. */
    void kill(String host) throws InterruptedException {
        Process p = running.remove(host);
        if (p != null) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    String log(String host) {
        try {
            return Files.readString(dir.resolve(host + ".log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** GET on the Compute API as noauth2's admin (the services run with the default auth_strategy). */
    Map<String, Object> get(String path) throws IOException, InterruptedException {
        return getUrl(api + path);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> getUrl(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(asAdmin(url, 30).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + " -> " + r.statusCode() + " " + r.body());
        }
        return (Map<String, Object>) PyJson.loads(r.body());
    }

    /** The id of the image the API's catalog seeds as "cirros" (Image API v2 under /image). */
    @SuppressWarnings("unchecked")
    private String cirrosId() throws IOException, InterruptedException {
        List<Map<String, Object>> images = (List<Map<String, Object>>) getUrl(api.substring(0, api.lastIndexOf("/v2.1"))
                + "/image/v2/images?name=cirros").get("images");
        return (String) images.get(0).get("id");
    }

    /** POST /servers; returns the new server's id. */
    @SuppressWarnings("unchecked")
    String createServer(String name) throws IOException, InterruptedException {
        String body = "{\"server\": {\"name\": \"" + name + "\", \"flavorRef\": \"1\", \"imageRef\": \"" + cirrosId()
                + "\"}}";
        HttpResponse<String> r = http.send(asAdmin(api + "/servers", 60).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IOException("POST /servers " + name + " -> " + r.statusCode() + " " + r.body());
        }
        return (String) ((Map<String, Object>) ((Map<String, Object>) PyJson.loads(r.body())).get("server")).get("id");
    }

    /** DELETE /servers/{id} (202 or 204; a server already gone is fine). */
    void deleteServer(String id) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(asAdmin(api + "/servers/" + id, 60).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204 && r.statusCode() != 202 && r.statusCode() != 404) {
            throw new IOException("DELETE /servers/" + id + " -> " + r.statusCode() + " " + r.body());
        }
    }

    /** Whether GET /servers/{id} answers 404. */
    boolean isGone(String id) throws IOException, InterruptedException {
        return http.send(asAdmin(api + "/servers/" + id, 30).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 404;
    }

    /** A request to the API as noauth2's admin (the services run with the default auth_strategy). */
    private static HttpRequest.Builder asAdmin(String url, int timeoutSeconds) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("X-Auth-Token", ADMIN_TOKEN);
    }

    /** The last 25 lines of a log. */
    static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 25), lines.length));
    }

    /** Runs a command and returns its output (a message, not an exception, if it cannot run). */
    static String run(String... cmd) {
        try {
            Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            proc.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "cannot run " + cmd[0] + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Waits until every server is ACTIVE (or one is ERROR); returns id -> host. */
    @SuppressWarnings("unchecked")
    Map<String, String> awaitActive(List<String> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> hosts = new LinkedHashMap<>();
        while (true) {
            hosts.clear();
            List<String> pending = new ArrayList<>();
            for (String id : ids) {
                Map<String, Object> s = (Map<String, Object>) get("/servers/" + id).get("server");
                if ("ERROR".equals(s.get("status"))) {
                    throw new AssertionError("server " + id + " went to ERROR: " + s.get("fault"));
                }
                if ("ACTIVE".equals(s.get("status"))) {
                    hosts.put(id, (String) s.get("OS-EXT-SRV-ATTR:host"));
                } else {
                    pending.add(id + "=" + s.get("status"));
                }
            }
            if (pending.isEmpty()) {
                return hosts;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("servers not ACTIVE within " + timeout + ": " + pending);
            }
            Thread.sleep(250);
        }
    }

    /** host -> state ("up"/"down") of every nova-compute service. */
    @SuppressWarnings("unchecked")
    Map<String, String> computeStates() throws IOException, InterruptedException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object o : (List<Object>) get("/os-services").get("services")) {
            Map<String, Object> s = (Map<String, Object>) o;
            if ("nova-compute".equals(s.get("binary")) || "nova-conductor".equals(s.get("binary"))) {
                out.put((String) s.get("host"), (String) s.get("state"));
            }
        }
        return out;
    }

    /** Waits until the services' states (host -> "up"/"down") include {@code want}. */
    void awaitStates(Map<String, String> want, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> states = Map.of();
        while (System.nanoTime() < deadline) {
            try {
                states = computeStates();
                if (states.entrySet().containsAll(want.entrySet())) {
                    return;
                }
            } catch (IOException e) {
                // the API is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("service states " + states + " did not reach " + want + " within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        for (String host : new ArrayList<>(running.keySet())) {
            stop(host);
        }
    }
}
