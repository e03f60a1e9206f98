package org.jnova.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jnova.api.image.ImageCatalog;
import org.jnova.api.testing.InMemoryBackend;
import org.jnova.api.testing.PythonReferee;
import org.jnova.domain.objects.Service;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nova's own validation as the referee of jnova's: every request of {@code nova-validation-corpus.json}
 * (server create at 2.1 to 2.37, each server action jnova serves, server, flavor and service queries,
 * flavor create, extra specs create and update, os-services updates at 2.1 and 2.11; good bodies and bad)
 * is judged by python3-nova's controller for that route at that microversion
 * ({@code nova_validation_referee.py}: Nova's decorators choose the schema, its {@code _SchemaValidator}
 * validates), and sent to jnova's HTTP API. Where Nova refuses, jnova must answer 400 with Nova's very
 * message, for an admin and, since Nova validates before it authorizes, for a project member too; where
 * Nova accepts, jnova must carry the request out (2xx).
 */
class NovaValidationRefereeTest {
    private static final String CORPUS = "nova-validation-corpus.json";
    private static final Pattern REPEAT = Pattern.compile("@(.)\\*(\\d+)@");

    private final InMemoryBackend backend = new InMemoryBackend();
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiHttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = InMemoryApi.start(backend);
        base = "http://127.0.0.1:" + server.port() + "/v2.1";
        Service compute = InMemoryBackend.computeOnCmp1();
        compute.set("forced_down", false);
        backend.services.add(compute);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The corpus with its placeholders filled: @IMAGE@ the seeded image, @c*N@ N times c. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> corpus() throws IOException {
        String text;
        try (InputStream in = NovaValidationRefereeTest.class.getResourceAsStream(CORPUS)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("@IMAGE@", ImageCatalog.CIRROS_ID);
        Matcher m = REPEAT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(sb);
        return (List<Map<String, Object>>) PyJson.loads(sb.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jnovaAcceptsAndRefusesEveryRequestAsNovasValidatorsDoWithTheSameMessage() throws Exception {
        PythonReferee.assumeNova();
        List<Map<String, Object>> cases = corpus();
        List<Map<String, Object>> verdicts = (List<Map<String, Object>>) PythonReferee.judge(
                "nova_validation_referee.py", cases);
        assertThat(verdicts).hasSameSizeAs(cases);

        List<String> disagreements = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = cases.get(i);
            Map<String, Object> nova = verdicts.get(i);
            String what = c.get("method") + " " + c.get("path") + " @" + c.get("version") + " "
                    + PyJson.dumps(c.get("body"));
            if (Boolean.TRUE.equals(nova.get("valid"))) {
                HttpResponse<String> r = send(c, "admin:admin");
                if (r.statusCode() / 100 != 2) {
                    disagreements.add(what + "\n  Nova accepts it; jnova answered " + r.statusCode() + " " + r.body());
                }
                continue;
            }
            refused++;
            String expected = PyJson.dumps(Map.of("badRequest", Map.of("code", 400L, "message", nova.get("message"))));
            for (String token : List.of("admin:admin", "demo:demo")) {
                HttpResponse<String> r = send(c, token);
                Object body = r.body().isEmpty() ? null : PyJson.loads(r.body());
                if (r.statusCode() != 400 || !PyJson.loads(expected).equals(body)) {
                    disagreements.add(what + " as " + token + "\n  Nova: 400 " + expected + "\n  jnova: "
                            + r.statusCode() + " " + r.body());
                }
            }
        }
        assertThat(disagreements.stream().map(d -> d.length() > 900 ? d.substring(0, 900) + "..." : d).toList())
                .as("requests where jnova and Nova's validators disagree").isEmpty();
        assertThat(refused).as("refused requests in the corpus").isGreaterThan(60);
        assertThat(cases.size() - refused).as("accepted requests in the corpus").isGreaterThan(30);
    }

    /** Sends one corpus request; a server action gets a new server in the state the action starts from. */
    private HttpResponse<String> send(Map<String, Object> c, String token) throws Exception {
        String path = (String) c.get("path");
        if (path.contains("@SERVER@")) {
            String uuid = UUID.randomUUID().toString();
            backend.addActive(uuid, "cmp1");
            Object body = c.get("body");
            String action = body instanceof Map<?, ?> m && m.size() == 1 ? String.valueOf(m.keySet().iterator().next()) : "";
            String vmState = switch (action) {
                case "os-start" -> "stopped";
                case "unpause" -> "paused";
                case "resume" -> "suspended";
                default -> "active";
            };
            backend.instances.get(uuid).set("vm_state", vmState);
            path = path.replace("@SERVER@", uuid);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("X-Auth-Token", token)
                .header(ApiVersion.HEADER, "compute " + c.get("version"));
        b.method((String) c.get("method"), c.containsKey("body")
                ? HttpRequest.BodyPublishers.ofString(PyJson.dumps(c.get("body")))
                : HttpRequest.BodyPublishers.noBody());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
