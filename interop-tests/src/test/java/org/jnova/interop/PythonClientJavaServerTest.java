package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jnova.adapter.transport.rabbit.RabbitSettings;
import org.jnova.adapter.transport.rabbit.RabbitWire;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcServer;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.ports.transport.TransportUrl;
import org.jnova.rpcapi.BaseRpcEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Python callers (oslo.messaging 14's RPCClient, Nova 26's baserpc.BaseAPI) against jnova's RPC engine
 * on the rabbit driver: every scenario of {@code oslo_peer.py client}, checked as Python saw it.
 */
class PythonClientJavaServerTest {
    private static final String TOPIC = "interop_java_" + Long.toHexString(System.nanoTime());
    private static RpcTransport transport;
    private static RpcServer server;
    private static RpcServer conductor;
    private static Map<String, Object> results;

    @BeforeAll
    static void start() {
        PythonPeer.assumeAvailable();
        TransportUrl url = TransportUrl.parse(PythonPeer.URL);
        transport = new RpcTransport(new CoreTransportDriver(new RabbitWire(url, RabbitSettings.from(url, null), "nova",
                "interop-java-server")));
        server = transport.server(new Target(null, TOPIC, "javahost", null, null, false),
                List.of(InteropEndpoints.test(), InteropEndpoints.namespaced()), 8).start();
        conductor = transport.server(new Target(null, "conductor", "interop-conductor", null, null, false),
                List.of(new BaseRpcEndpoint("conductor")), 4).start();
        results = PythonPeer.json(120, "client", PythonPeer.URL, TOPIC, "javahost");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (conductor != null) {
            conductor.close();
        }
        if (transport != null) {
            transport.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> outcome(String scenario) {
        assertThat(results).as("python client output").containsKey(scenario);
        return (Map<String, Object>) results.get(scenario);
    }

    @Test
    void callsToTopicAndServerReturnJavaResults() {
        assertThat(outcome("call")).containsEntry("ok", 5L);
        assertThat(outcome("call_server").get("ok"))
                .isEqualTo(Map.of("k", java.util.Arrays.asList(1L, 2.5, null, true), "u", "café"));
    }

    @Test
    void pythonContextReachesJava() {
        assertThat(outcome("context").get("ok")).isEqualTo(Map.of("request_id", "req-py-1",
                "global_request_id", "req-py-g", "user_id", "u1"));
    }

    @Test
    void pythonCastsServerCastsAndFanoutsReachJava() {
        assertThat(outcome("recorded").get("ok")).isEqualTo(List.of("cast-1", "cast-fanout", "cast-server"));
    }

    @Test
    void namespacesVersionMismatchAndUnderscoreMethodsFollowOslo() {
        assertThat(outcome("namespace")).containsEntry("ok", "ns1");
        assertThat(outcome("version_mismatch")).containsEntry("error", "RemoteError")
                .containsEntry("exc_type", "UnsupportedVersion");
        assertThat(outcome("underscore")).containsEntry("error", "RemoteError")
                .containsEntry("exc_type", "NoSuchMethod");
        assertThat(outcome("no_such_method")).containsEntry("exc_type", "NoSuchMethod");
    }

    @Test
    void javaNovaErrorsAreRebuiltAsNovaExceptionClassesInPython() {
        assertThat(outcome("nova_failure")).containsEntry("error", "InstanceNotFound_Remote")
                .containsEntry("module", "nova.exception_Remote")
                .containsEntry("text", "Instance i-9 could not be found.");
        assertThat(outcome("java_failure")).containsEntry("error", "RemoteError")
                .containsEntry("exc_type", "IllegalStateException");
    }

    @Test
    void javaSendsCallMonitorHeartbeatsOnASlowMethodAndAnUnmonitoredCallTimesOut() {
        assertThat(outcome("slow_monitored")).containsEntry("ok", "slow-done");
        assertThat(outcome("slow_unmonitored_timeout")).containsEntry("error", "MessagingTimeout");
    }

    @Test
    void novaBaseApiPingIsAnsweredByTheJavaConductor() {
        Map<String, Object> pong = PythonPeer.json(60, "nova_ping", PythonPeer.URL);
        assertThat(pong).containsEntry("service", "conductor").containsEntry("arg", "hello-from-nova");
    }
}
