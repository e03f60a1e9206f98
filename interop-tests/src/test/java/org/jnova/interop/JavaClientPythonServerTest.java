package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.adapter.transport.rabbit.RabbitSettings;
import org.jnova.adapter.transport.rabbit.RabbitWire;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RemoteError;
import org.jnova.messaging.RpcClient;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;
import org.jnova.ports.transport.TransportUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java rabbit driver as the client of a real Python oslo.messaging 14 RPC server. */
class JavaClientPythonServerTest {
    private static final String TOPIC = "interop_py_" + Long.toHexString(System.nanoTime());
    private static PythonPeer python;
    private static CoreTransportDriver driver;

    @BeforeAll
    static void start() throws Exception {
        PythonPeer.assumeAvailable();
        python = PythonPeer.server(TOPIC, "pyhost");
        TransportUrl url = TransportUrl.parse(PythonPeer.URL);
        driver = new CoreTransportDriver(new RabbitWire(url, RabbitSettings.from(url, null), "nova", "interop-java-client"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        if (python != null) {
            python.close();
        }
    }

    private static Map<String, Object> msg(String method, Map<String, Object> args, String namespace, String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("args", args);
        if (namespace != null) {
            m.put("namespace", namespace);
        }
        m.put("version", version);
        return m;
    }

    private static Map<String, Object> ctx() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("request_id", "req-java-1");
        c.put("global_request_id", "req-java-g");
        c.put("user_id", "u-java");
        return c;
    }

    private static Object call(Target t, Map<String, Object> m) {
        return driver.call(t, ctx(), m, CallOptions.of(Duration.ofSeconds(15)));
    }

    @Test
    void callsToTopicAndServerReturnPythonResults() {
        assertThat(call(Target.topic(TOPIC), msg("add", Map.of("a", 2, "b", 40), null, "1.0"))).isEqualTo(42L);
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("u", "café ☃");
        x.put("f", 2.5);
        x.put("l", java.util.Arrays.asList(1L, null, true));
        assertThat(call(Target.topic(TOPIC).withServer("pyhost"), msg("echo", Map.of("x", x), null, "1.2")))
                .isEqualTo(x);
    }

    @Test
    void contextIdsPropagateToPython() {
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) call(Target.topic(TOPIC), msg("context", Map.of(), null, "1.0"));
        assertThat(seen).containsEntry("request_id", "req-java-1").containsEntry("global_request_id", "req-java-g")
                .containsEntry("user_id", "u-java");
    }

    @Test
    void castsServerCastsAndFanoutsArrive() throws InterruptedException {
        driver.send(Target.topic(TOPIC), ctx(), msg("record", Map.of("value", "j-cast"), null, "1.0"), SendOptions.DEFAULT);
        driver.send(Target.topic(TOPIC).withServer("pyhost"), ctx(), msg("record", Map.of("value", "j-server"), null,
                "1.0"), SendOptions.DEFAULT);
        driver.send(Target.topic(TOPIC).withFanout(true), ctx(), msg("record", Map.of("value", "j-fanout"), null, "1.0"),
                SendOptions.DEFAULT);
        Thread.sleep(500);
        @SuppressWarnings("unchecked")
        List<Object> got = (List<Object>) call(Target.topic(TOPIC), msg("recorded_values", Map.of(), null, "1.0"));
        assertThat(got).contains("j-cast", "j-server", "j-fanout");
    }

    @Test
    void namespacesAndVersionsFollowOsloDispatchRules() {
        assertThat(call(Target.topic(TOPIC), msg("which", Map.of(), "ns1", "2.0"))).isEqualTo("ns1");
        assertThatThrownBy(() -> call(Target.topic(TOPIC), msg("add", Map.of("a", 1, "b", 1), null, "1.3")))
                .isInstanceOfSatisfying(RemoteFailureException.class, e -> {
                    assertThat(e.failure().className()).isEqualTo("UnsupportedVersion");
                    assertThat(e.failure().module()).isEqualTo("oslo_messaging.rpc.dispatcher");
                });
        assertThatThrownBy(() -> call(Target.topic(TOPIC), msg("_hidden", Map.of(), null, "1.0")))
                .isInstanceOfSatisfying(RemoteFailureException.class,
                        e -> assertThat(e.failure().className()).isEqualTo("NoSuchMethod"));
    }

    @Test
    void pythonFailuresSurfaceWithClassModuleAndMessage() {
        assertThatThrownBy(() -> call(Target.topic(TOPIC), msg("fail", Map.of(), null, "1.0")))
                .isInstanceOfSatisfying(RemoteFailureException.class, e -> {
                    assertThat(e.failure().className()).isEqualTo("ValueError");
                    assertThat(e.failure().module()).isEqualTo("builtins");
                    assertThat(e.failure().message()).isEqualTo("('bad value', 42)");
                    assertThat(e.failure().args()).containsExactly("bad value", 42L);
                });
        assertThatThrownBy(() -> call(Target.topic(TOPIC), msg("nova_fail", Map.of(), null, "1.0")))
                .isInstanceOfSatisfying(RemoteFailureException.class, e -> {
                    assertThat(e.failure().className()).isEqualTo("InstanceNotFound");
                    assertThat(e.failure().module()).isEqualTo("nova.exception");
                    assertThat(e.failure().message()).isEqualTo("Instance i-9 could not be found.");
                    assertThat(e.failure().kwargs()).containsEntry("code", 404L);
                });
    }

    @Test
    void throughJnovasRpcClientPythonErrorsBecomeTypedJavaExceptions() {
        RpcClient client = new RpcTransport(driver).client(new Target(null, TOPIC, null, null, "1.0", false),
                Duration.ofSeconds(15), null);
        RequestContext ctx = RequestContext.admin();
        assertThatThrownBy(() -> client.call(ctx, "nova_fail", Map.of()))
                .isInstanceOf(InstanceNotFound.class)
                .hasMessage("Instance i-9 could not be found.");
        assertThatThrownBy(() -> client.call(ctx, "fail", Map.of()))
                .isInstanceOfSatisfying(RemoteError.class, e -> {
                    assertThat(e.remoteClass()).isEqualTo("ValueError");
                    assertThat(e.remoteModule()).isEqualTo("builtins");
                    assertThat(e.failure().message()).isEqualTo("('bad value', 42)");
                });
        assertThat(client.call(ctx, "add", Map.of("a", 1, "b", 2))).isEqualTo(3L);
    }

    @Test
    void pythonSendsCallMonitorHeartbeatsOnASlowMethod() {
        Object r = driver.call(Target.topic(TOPIC), ctx(), msg("slow", Map.of("seconds", 4), null, "1.0"),
                new CallOptions(Duration.ofSeconds(20), 2, null));
        assertThat(r).isEqualTo("slow-done");
        assertThatThrownBy(() -> driver.call(Target.topic(TOPIC), ctx(), msg("slow", Map.of("seconds", 3), null, "1.0"),
                CallOptions.of(Duration.ofSeconds(1)))).isInstanceOf(MessagingTimeoutException.class);
    }
}
