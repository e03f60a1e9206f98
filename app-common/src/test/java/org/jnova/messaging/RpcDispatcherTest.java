package org.jnova.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;
import org.junit.jupiter.api.Test;

class RpcDispatcherTest {
    private final RpcDispatcher dispatcher = new RpcDispatcher(List.of(
            TestEndpoints.of(null, "6.2", Map.of(
                    "add", (ctx, a) -> ((Number) a.required("a")).longValue() + ((Number) a.required("b")).longValue(),
                    "_secret", (ctx, a) -> "leaked",
                    "who", (ctx, a) -> "manager")),
            TestEndpoints.of(null, "5.13", Map.of("who", (ctx, a) -> "v5 proxy")),
            TestEndpoints.of("baseapi", "1.1", Map.of("who", (ctx, a) -> "baseapi"))));

    private static Map<String, Object> msg(String method, String namespace, String version, Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("args", args);
        if (namespace != null) {
            m.put("namespace", namespace);
        }
        if (version != null) {
            m.put("version", version);
        }
        return m;
    }

    private Object dispatch(Map<String, Object> message) throws Exception {
        return dispatcher.dispatch(Map.of("request_id", "req-1"), message);
    }

    @Test
    void picksTheEndpointByNamespaceAndVersion() throws Exception {
        assertThat(dispatch(msg("who", null, "6.0", Map.of()))).isEqualTo("manager");
        assertThat(dispatch(msg("who", null, "6.2", Map.of()))).isEqualTo("manager");
        assertThat(dispatch(msg("who", null, "5.13", Map.of()))).isEqualTo("v5 proxy");
        assertThat(dispatch(msg("who", "baseapi", "1.0", Map.of()))).isEqualTo("baseapi");
        assertThat(dispatch(msg("add", null, "6.1", Map.of("a", 2, "b", 3)))).isEqualTo(5L);
    }

    @Test
    void incompatibleVersionsAreUnsupported() {
        assertThatThrownBy(() -> dispatch(msg("who", null, "6.3", Map.of())))
                .isInstanceOf(UnsupportedVersion.class)
                .satisfies(e -> {
                    RemoteFailure f = ((RemoteError) e).failure();
                    assertThat(f.message()).isEqualTo("Endpoint does not support RPC version 6.3. Attempted method: who");
                    assertThat(f.module()).isEqualTo("oslo_messaging.rpc.dispatcher");
                    assertThat(f.args()).containsExactly(f.message());
                });
        assertThatThrownBy(() -> dispatch(msg("who", null, "7.0", Map.of()))).isInstanceOf(UnsupportedVersion.class);
        // no version means 1.0, which no endpoint without a namespace serves
        assertThatThrownBy(() -> dispatch(msg("who", null, null, Map.of()))).isInstanceOf(UnsupportedVersion.class);
        // a namespace nobody serves
        assertThatThrownBy(() -> dispatch(msg("who", "compute_task", "1.0", Map.of())))
                .isInstanceOf(UnsupportedVersion.class);
    }

    @Test
    void compatibleEndpointWithoutTheMethodIsNoSuchMethod() {
        assertThatThrownBy(() -> dispatch(msg("nope", null, "6.0", Map.of())))
                .isInstanceOf(NoSuchMethod.class)
                .satisfies(e -> assertThat(((RemoteError) e).failure().message())
                        .isEqualTo("Endpoint does not support RPC method nope"));
        // baseapi 1.1 has no 'add': found compatible but missing
        assertThatThrownBy(() -> dispatch(msg("add", "baseapi", "1.1", Map.of()))).isInstanceOf(NoSuchMethod.class);
    }

    @Test
    void privateNamesAreRefused() {
        assertThatThrownBy(() -> dispatch(msg("_secret", null, "6.0", Map.of())))
                .isInstanceOf(NoSuchMethod.class)
                .hasMessageContaining("_secret");
    }

    @Test
    void missingArgumentIsATypeError() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> dispatch(msg("add", null, "6.0", Map.of("a", 1))));
        assertThat(t).isInstanceOf(RpcArgumentException.class);
        RemoteFailure f = RemoteFailures.fromThrowable(t);
        assertThat(f.className()).isEqualTo("TypeError");
        assertThat(f.module()).isEqualTo("builtins");
        assertThat(f.message()).isEqualTo("add() missing 1 required positional argument: 'b'");
        assertThat(f.tb()).allSatisfy(line -> assertThat(line).endsWith("\n"));
    }

    @Test
    void argsThatAreNotADictAreATypeError() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "who");
        m.put("args", List.of(1, 2));
        m.put("version", "6.0");
        assertThatThrownBy(() -> dispatch(m)).isInstanceOf(RpcArgumentException.class)
                .hasMessageContaining("must be a mapping");
    }

    @Test
    void javaExceptionsKeepTheirNameAndPackage() {
        RemoteFailure f = RemoteFailures.fromThrowable(new IllegalStateException("boom"));
        assertThat(f.className()).isEqualTo("IllegalStateException");
        assertThat(f.module()).isEqualTo("java.lang");
        assertThat(f.message()).isEqualTo("boom");
        RemoteFailure v = RemoteFailures.fromThrowable(new IllegalArgumentException("bad value"));
        assertThat(v.className()).isEqualTo("ValueError");
        assertThat(v.module()).isEqualTo("builtins");
        assertThat(RemoteFailures.toException(f)).isExactlyInstanceOf(RemoteError.class);
    }
}
