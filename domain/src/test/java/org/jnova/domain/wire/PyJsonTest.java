package org.jnova.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.junit.jupiter.api.Test;

class PyJsonTest {
    /** Envelope bodies from oslo-messaging-wire.md §12 (captured from Python 14.0.3). */
    static final List<String> SPEC_BODIES = List.of(
            "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"method\\\": \\\"refresh_cache\\\", \\\"args\\\": {\\\"instance_uuid\\\": \\\"0d5b7d7a-1111-2222-3333-444444444444\\\", \\\"when\\\": \\\"2024-01-02T03:04:05.000006\\\"}, \\\"version\\\": \\\"6.0\\\", \\\"_unique_id\\\": \\\"80c8ef9d452a42adbb1b65749e3833c2\\\", \\\"_context_user_id\\\": \\\"u1\\\", \\\"_context_project_id\\\": \\\"p1\\\", \\\"_context_request_id\\\": \\\"req-6f0a5b3e-0000-4000-8000-000000000001\\\", \\\"_context_is_admin\\\": false, \\\"_context_roles\\\": [\\\"member\\\"], \\\"_context_timestamp\\\": \\\"2024-01-02T03:04:05.000006\\\"}\"}",
            "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"method\\\": \\\"ping\\\", \\\"args\\\": {\\\"arg\\\": {\\\"a\\\": 1, \\\"b\\\": [1, 2.5, null, true], \\\"u\\\": \\\"caf\\\\u00e9\\\"}}, \\\"namespace\\\": \\\"baseapi\\\", \\\"version\\\": \\\"1.1\\\", \\\"_unique_id\\\": \\\"b41debfe898549a998106b620f462428\\\", \\\"_context_user_id\\\": \\\"u1\\\"}\"}",
            "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"method\\\": \\\"add\\\", \\\"args\\\": {\\\"a\\\": 3, \\\"b\\\": 4}, \\\"version\\\": \\\"6.2\\\", \\\"_msg_id\\\": \\\"983ded9efa51409db1b67d851591e555\\\", \\\"_reply_q\\\": \\\"reply_0722dc61d89d46b79ffb3d721884e305\\\", \\\"_timeout\\\": 20, \\\"_unique_id\\\": \\\"8606fbeb3b1e4f1b89ce9db99ca2aef8\\\", \\\"_context_user_id\\\": \\\"u9\\\", \\\"_context_request_id\\\": \\\"req-x\\\"}\"}",
            "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"result\\\": {\\\"sum\\\": 3}, \\\"failure\\\": null, \\\"ending\\\": true, \\\"_msg_id\\\": \\\"m-success\\\", \\\"_unique_id\\\": \\\"ee58933401964a7782e03f862e356969\\\"}\"}",
            "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"result\\\": null, \\\"failure\\\": null, \\\"ending\\\": false, \\\"_msg_id\\\": \\\"m-slow\\\", \\\"_unique_id\\\": \\\"30b22999917846e58a4dea413ebebbcd\\\"}\"}",
            "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"result\\\": null, \\\"failure\\\": \\\"{\\\\\\\"class\\\\\\\": \\\\\\\"ValueError\\\\\\\", \\\\\\\"module\\\\\\\": \\\\\\\"builtins\\\\\\\", \\\\\\\"message\\\\\\\": \\\\\\\"('bad value', 42)\\\\\\\", \\\\\\\"tb\\\\\\\": [\\\\\\\"Traceback (most recent call last):\\\\\\\\n\\\\\\\", \\\\\\\"ValueError: ('bad value', 42)\\\\\\\\n\\\\\\\"], \\\\\\\"args\\\\\\\": [\\\\\\\"bad value\\\\\\\", 42], \\\\\\\"kwargs\\\\\\\": {}}\\\", \\\"ending\\\": true, \\\"_msg_id\\\": \\\"m-boom\\\", \\\"_unique_id\\\": \\\"9078a102819046ea86cc80368d10e15b\\\"}\"}");

    @Test
    void everyGoldenOsloMessageRoundTripsByteForByte() {
        int checked = 0;
        for (Map.Entry<String, Object> e : GoldenSamples.all().entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m && m.get("oslo.message") instanceof String inner) {
                assertThat(PyJson.dumps(PyJson.loads(inner))).as(e.getKey()).isEqualTo(inner);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("oslo.version", m.get("oslo.version"));
                body.put("oslo.message", inner);
                String wire = PyJson.dumps(body);
                assertThat(OsloEnvelope.serialize(OsloEnvelope.deserialize(wire))).isEqualTo(wire);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    @Test
    void specEnvelopeBodiesRoundTripByteForByte() {
        for (String body : SPEC_BODIES) {
            assertThat(PyJson.dumps(PyJson.loads(body))).isEqualTo(body);
            assertThat(OsloEnvelope.serialize(OsloEnvelope.deserialize(body))).isEqualTo(body);
        }
        Map<String, Object> ping = OsloEnvelope.deserialize(SPEC_BODIES.get(1));
        @SuppressWarnings("unchecked")
        Map<String, Object> arg = (Map<String, Object>) ((Map<String, Object>) ping.get("args")).get("arg");
        assertThat(arg.get("u")).isEqualTo("café");
        assertThat(arg.get("b")).isEqualTo(java.util.Arrays.asList(1L, 2.5, null, true));
    }

    @Test
    void floatsAreWrittenAsPythonRepr() {
        assertThat(PyJson.dumps(1.0)).isEqualTo("1.0");
        assertThat(PyJson.dumps(2.5)).isEqualTo("2.5");
        assertThat(PyJson.dumps(0.1)).isEqualTo("0.1");
        assertThat(PyJson.dumps(1e-05)).isEqualTo("1e-05");
        assertThat(PyJson.dumps(0.0001)).isEqualTo("0.0001");
        assertThat(PyJson.dumps(1e16)).isEqualTo("1e+16");
        assertThat(PyJson.dumps(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PyJson.dumps(1.5e16)).isEqualTo("1.5e+16");
        assertThat(PyJson.dumps(123456789012345678.0)).isEqualTo("1.2345678901234568e+17");
        assertThat(PyJson.dumps(-0.0)).isEqualTo("-0.0");
        assertThat(PyJson.dumps(0.30000000000000004)).isEqualTo("0.30000000000000004");
        assertThat(PyJson.dumps(2.82879384806159E17)).isEqualTo("2.82879384806159e+17");
        assertThat(PyJson.dumps(5e-324)).isEqualTo("5e-324");
        assertThat(PyJson.dumps(1.7976931348623157e308)).isEqualTo("1.7976931348623157e+308");
        assertThat(PyJson.dumps(Double.NaN)).isEqualTo("NaN");
        assertThat(PyJson.dumps(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(PyJson.loads("[NaN, Infinity, -Infinity, 1e5, -0.5]"))
                .isEqualTo(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100000.0, -0.5));
    }

    @Test
    void stringsAreEscapedLikeEnsureAscii() {
        assertThat(PyJson.dumps("a\"b\\c/d\n\r\t\b\f\u0001\u007f é")).isEqualTo(
                "\"a\\\"b\\\\c/d\\n\\r\\t\\b\\f\\u0001\\u007f \\u00e9\"");
        String astral = new String(Character.toChars(0x1F600));
        assertThat(PyJson.dumps(astral)).isEqualTo("\"\\ud83d\\ude00\"");
        assertThat(PyJson.loads("\"\\ud83d\\ude00\"")).isEqualTo(astral);
        assertThat(PyJson.loads("\"\\u00E9\\/\"")).isEqualTo("é/");
    }

    @Test
    void integersKeepArbitraryPrecision() {
        assertThat(PyJson.loads("123")).isEqualTo(123L);
        assertThat(PyJson.loads("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(PyJson.loads("123456789012345678901234567890"))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(PyJson.dumps(new BigInteger("123456789012345678901234567890")))
                .isEqualTo("123456789012345678901234567890");
    }

    @Test
    void toPrimitiveConversionsMatchJsonutils() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("when", Instant.parse("2024-01-02T03:04:05.000006Z"));
        m.put("local", LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        m.put("id", UUID.fromString("0d5b7d7a-1111-2222-3333-444444444444"));
        m.put("set", new LinkedHashSet<>(List.of("x", "y")));
        m.put("arr", new int[] {1, 2});
        m.put("vm", VmState.STOPPED);
        m.put("task", TaskState.POWERING_OFF);
        m.put("obj", (WirePrimitive) () -> Map.of("k", 1));
        m.put(null, true);
        m.put("empty", new ArrayList<>());
        assertThat(PyJson.dumps(m)).isEqualTo("{\"when\": \"2024-01-02T03:04:05.000006\", "
                + "\"local\": \"2024-01-02T03:04:05.000000\", \"id\": \"0d5b7d7a-1111-2222-3333-444444444444\", "
                + "\"set\": [\"x\", \"y\"], \"arr\": [1, 2], \"vm\": \"stopped\", \"task\": \"powering-off\", "
                + "\"obj\": {\"k\": 1}, \"null\": true, \"empty\": []}");
        assertThatThrownBy(() -> PyJson.dumps(new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON serializable");
    }

    @Test
    void malformedJsonNamesOffsetAndProblem() {
        assertThatThrownBy(() -> PyJson.loads("{\"a\": 1,}"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("offset 8");
        assertThatThrownBy(() -> PyJson.loads("[1, 2"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("unterminated array");
        assertThatThrownBy(() -> PyJson.loads("\"abc"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> PyJson.loads("{} x"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("extra data");
        assertThatThrownBy(() -> PyJson.loads(""))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("offset 0");
        assertThatThrownBy(() -> PyJson.loads("[01]"))
                .isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> PyJson.loads("\"a\u0001\""))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("control character");
        assertThatThrownBy(() -> PyJson.loads("\"\\x\""))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("invalid escape");
    }

    @Test
    void envelopeRulesFollowOslo() {
        assertThatThrownBy(() -> OsloEnvelope.deserialize("{\"oslo.version\": \"3.0\", \"oslo.message\": \"{}\"}"))
                .isInstanceOf(MalformedMessageException.class).hasMessage("unsupported envelope version 3.0");
        assertThatThrownBy(() -> OsloEnvelope.deserialize("{\"oslo.version\": \"2.1\", \"oslo.message\": \"{}\"}"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("2.1");
        assertThat(OsloEnvelope.deserialize("{\"method\": \"ping\"}")).containsEntry("method", "ping");
        assertThatThrownBy(() -> OsloEnvelope.deserialize("[1]"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("not an object");
        assertThatThrownBy(() -> OsloEnvelope.deserialize("not json"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("offset 0");
    }
}
