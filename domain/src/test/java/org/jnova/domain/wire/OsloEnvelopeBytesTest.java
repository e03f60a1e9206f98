package org.jnova.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The byte-level envelope paths give exactly what the string paths give. */
class OsloEnvelopeBytesTest {
    @Test
    void serializeToBytesIsTheUtf8OfSerializeForSpecAndGoldenBodies() {
        int checked = 0;
        for (String body : PyJsonTest.SPEC_BODIES) {
            Map<String, Object> inner = OsloEnvelope.deserialize(body);
            assertThat(new String(OsloEnvelope.serializeToBytes(inner), StandardCharsets.UTF_8)).isEqualTo(body);
            checked++;
        }
        for (Map.Entry<String, Object> e : GoldenSamples.all().entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m && m.get("oslo.message") instanceof String innerJson) {
                String wire = "{\"oslo.version\": \"2.0\", \"oslo.message\": " + PyJson.dumps(innerJson) + "}";
                Map<String, Object> fromBytes = OsloEnvelope.deserialize(wire.getBytes(StandardCharsets.UTF_8));
                assertThat(fromBytes).as(e.getKey()).isEqualTo(OsloEnvelope.deserialize(wire));
                assertThat(OsloEnvelope.serializeToBytes(fromBytes)).as(e.getKey())
                        .isEqualTo(wire.getBytes(StandardCharsets.UTF_8));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    @Test
    void nonAsciiAndEscapedValuesSurviveTheByteRoundTrip() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("method", "caf\u00e9 \"quoted\" back\\slash\n\u0001 \ud83d\ude00");
        inner.put("args", Map.of("list", List.of(1L, 2.5, true)));
        byte[] body = OsloEnvelope.serializeToBytes(inner);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(OsloEnvelope.serialize(inner));
        for (byte b : body) {
            assertThat(b).isBetween((byte) 0x20, (byte) 0x7e);
        }
        assertThat(OsloEnvelope.deserialize(body)).isEqualTo(inner);
    }

    @Test
    void bodiesInOtherFormsTakeTheGeneralPath() {
        // Python with other separators, a raw UTF-8 character, a legacy 1.0 dict, trailing garbage
        String spaced = "{\"oslo.version\":\"2.0\",\"oslo.message\":\"{\\\"method\\\": \\\"ping\\\"}\"}";
        assertThat(OsloEnvelope.deserialize(spaced.getBytes(StandardCharsets.UTF_8))).containsEntry("method", "ping");
        String raw = "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"method\\\": \\\"caf\u00e9\\\"}\"}";
        assertThat(OsloEnvelope.deserialize(raw.getBytes(StandardCharsets.UTF_8))).containsEntry("method", "caf\u00e9");
        assertThat(OsloEnvelope.deserialize("{\"method\": \"ping\"}".getBytes(StandardCharsets.UTF_8)))
                .containsEntry("method", "ping");
        String trailing = "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{}\"} x";
        assertThatThrownBy(() -> OsloEnvelope.deserialize(trailing.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("extra data");
        String notObject = "{\"oslo.version\": \"2.0\", \"oslo.message\": \"[1]\"}";
        assertThatThrownBy(() -> OsloEnvelope.deserialize(notObject.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("not an object");
    }
}
