package org.jnova.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.error.UnexpectedTaskStateError;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.Test;

/** Nova's errors cross the bus as Python's would and come back as the same Java class. */
class NovaErrorsOverFakeTransportTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> goldenFailure() throws IOException {
        try (InputStream in = NovaErrorsOverFakeTransportTest.class.getResourceAsStream("/nova-wire-samples.json")) {
            Map<String, Object> all = (Map<String, Object>) PyJson.loads(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return (Map<String, Object>) all.get("failure_UnexpectedTaskStateError");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void unexpectedTaskStateErrorArrivesTypedWithItsKwargs() throws Exception {
        Map<String, Object> golden = goldenFailure();
        Map<String, Object> kwargs = (Map<String, Object>) golden.get("kwargs");
        RpcEndpoint endpoint = TestEndpoints.of(null, "3.0", Map.of(
                "save", (ctx, a) -> {
                    throw new UnexpectedTaskStateError((String) golden.get("message"), kwargs);
                },
                "get", (ctx, a) -> {
                    throw new InstanceNotFound(a.requiredString("uuid"));
                }));
        try (RpcTransport transport = FakeTransports.transport(FakeTransports.newExchange());
             RpcServer server = transport.server(new Target(null, "conductor", "c1", null, null, false),
                     List.of(endpoint), 2).start()) {
            RpcClient client = transport.client(new Target(null, "conductor", null, null, "3.0", false),
                    Duration.ofSeconds(10), null);
            RequestContext ctx = RequestContext.admin();

            Throwable t = catchThrowable(() -> client.call(ctx, "save", new LinkedHashMap<>()));
            assertThat(t).isExactlyInstanceOf(UnexpectedTaskStateError.class);
            NovaException e = (NovaException) t;
            assertThat(e.getMessage()).isEqualTo(golden.get("message"));
            assertThat(e.kwargs()).isEqualTo(kwargs);
            assertThat(e.code()).isEqualTo(500);

            Map<String, Object> args = new LinkedHashMap<>();
            args.put("uuid", "u-404");
            Throwable nf = catchThrowable(() -> client.call(ctx, "get", args));
            assertThat(nf).isExactlyInstanceOf(InstanceNotFound.class);
            assertThat(((NovaException) nf).code()).isEqualTo(404);
            assertThat(((NovaException) nf).kwargs()).containsEntry("instance_id", "u-404");
        }
    }

    @Test
    void theServersFailureHasPythonsFields() throws Exception {
        Map<String, Object> golden = goldenFailure();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("task_state", List.of("powering-off"));
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("task_state", null);
        RemoteFailure f = RemoteFailures.fromThrowable(
                new UnexpectedTaskStateError("a1b2c3d4-0000-4000-8000-000000000001", expected, actual));
        assertThat(f.className()).isEqualTo(golden.get("class"));
        assertThat(f.module()).isEqualTo(golden.get("module"));
        assertThat(f.message()).isEqualTo(golden.get("message"));
        assertThat(f.args()).isEqualTo(golden.get("args"));
        // as the wire carries them (Java's Integer code and Python's int are the same JSON)
        assertThat(PyJson.loads(PyJson.dumps(f.kwargs()))).isEqualTo(golden.get("kwargs"));
    }
}
