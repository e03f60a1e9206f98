package org.jnova.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jnova.domain.objects.NovaObject;
import org.junit.jupiter.api.Test;

/** A quick sanity run of the hot path (no timing assertion: machines differ; JMH is not used here). */
class CodecThroughputSanityTest {
    @Test
    void tenThousandRoundTripsOfTheInstancePrimitiveComplete() {
        String golden = (String) GoldenSamples.map("wire_object_action_save").get("oslo.message");
        Map<String, Object> instance = GoldenSamples.map("instance_primitive");
        String last = null;
        for (int i = 0; i < 10_000; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = OsloEnvelope.deserialize(
                    OsloEnvelope.serialize((Map<String, Object>) PyJson.loads(golden)));
            last = PyJson.dumps(inner);
            NovaObject obj = NovaObject.fromPrimitive(instance);
            assertThat(PyJson.loads(PyJson.dumps(obj))).isInstanceOf(Map.class);
        }
        assertThat(last).isEqualTo(golden);
    }
}
