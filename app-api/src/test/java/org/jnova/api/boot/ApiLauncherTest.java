package org.jnova.api.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jnova.adapter.transport.fake.FakeTransportDriverFactory;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.FlavorList;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;
import org.jnova.messaging.RpcServer;
import org.jnova.messaging.RpcTransport;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.transport.TransportContext;
import org.jnova.ports.transport.TransportUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The launched API over the fake:// bus, answering from a stand-in conductor. */
class ApiLauncherTest {
    private final AtomicReference<String> conductorSawRequestId = new AtomicReference<>();
    private RpcTransport transport;
    private RpcServer conductor;
    private RunningApi api;
    private final HttpClient http = HttpClient.newHttpClient();
    private long startedAt;
    private java.nio.file.Path state;

    @BeforeEach
    void start() throws Exception {
        String exchange = "api-test-" + UUID.randomUUID();
        transport = RpcTransport.overWire(new FakeTransportDriverFactory().create(TransportUrl.parse("fake://"),
                new TransportContext() {
                    @Override
                    public ConfigView config() {
                        return option -> {
                            throw new IllegalArgumentException("no options in tests: " + option);
                        };
                    }

                    @Override
                    public String controlExchange() {
                        return exchange;
                    }

                    @Override
                    public String processName() {
                        return "api-test";
                    }
                }));
        conductor = transport.server(Target.topic("conductor").withServer("c1"), List.of(fakeConductor()), 4).start();
        ConfigOpts config = NovaOptions.newConfig().searchPath(List.of()).load(List.of(), null);
        config.set("DEFAULT", "osapi_compute_listen", "127.0.0.1");
        config.set("DEFAULT", "osapi_compute_listen_port", String.valueOf(freePort()));
        config.set("DEFAULT", "rpc_response_timeout", "5");
        state = java.nio.file.Files.createTempDirectory("jnova-api-test-");
        config.set("DEFAULT", "state_path", state.toString());
        startedAt = System.nanoTime();
        api = new ApiLauncher().start(new ServiceEnvironment(config, null, transport, null));
    }

    @AfterEach
    void stop() throws java.io.IOException {
        if (api != null) {
            api.close();
        }
        conductor.close();
        transport.close();
        try (var files = java.nio.file.Files.walk(state)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Answers object_class_action_versions like a conductor with one flavor and no instances. */
    private RpcEndpoint fakeConductor() {
        RpcMethod classAction = (ctx, args) -> {
            conductorSawRequestId.set(ctx.requestId());
            String call = args.string("objname") + "." + args.string("objmethod");
            if (call.equals("Instance.get_by_uuid")) {
                throw new InstanceNotFound(String.valueOf(((List<?>) args.get("args")).get(0)));
            }
            if (call.equals("FlavorList.get_all")) {
                Flavor f = new Flavor();
                f.set("id", 7L);
                f.set("name", "m1.test");
                f.set("memory_mb", 64L);
                f.set("vcpus", 1L);
                f.set("root_gb", 1L);
                f.set("ephemeral_gb", 0L);
                f.set("flavorid", "7");
                f.set("swap", 0L);
                FlavorList list = new FlavorList();
                list.setObjects(List.of(f));
                return list;
            }
            throw new IllegalArgumentException("unexpected " + call);
        };
        return new RpcEndpoint() {
            @Override
            public Target target() {
                return Target.endpoint(null, "3.0");
            }

            @Override
            public Map<String, RpcMethod> methods() {
                return Map.of("object_class_action_versions", classAction);
            }
        };
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                        .header("X-Auth-Token", "admin:admin").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersWithinThreeSecondsOfStart() throws Exception {
        HttpResponse<String> version = get("/v2.1");
        long ms = (System.nanoTime() - startedAt) / 1_000_000;

        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(ms).as("start -> first answer").isLessThan(3000);
    }

    @Test
    void objectCallsGoThroughTheConductorWithTheRequestsContext() throws Exception {
        HttpResponse<String> missing = get("/v2.1/servers/abc");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo(
                "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance abc could not be found.\"}}");
        assertThat(missing.headers().firstValue("x-openstack-request-id")).hasValue(conductorSawRequestId.get());

        HttpResponse<String> flavors = get("/v2.1/flavors");
        assertThat(flavors.statusCode()).isEqualTo(200);
        assertThat(flavors.body()).contains("\"id\": \"7\"").contains("\"name\": \"m1.test\"");
    }
}
