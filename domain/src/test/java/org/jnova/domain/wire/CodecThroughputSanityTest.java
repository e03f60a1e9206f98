package org.jnova.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A quick sanity run of the hot path (no timing assertion: machines differ; JMH is not used here). */
class CodecThroughputSanityTest {
    @Test
    void tenThousandDumpsAndLoadsOfTheInstancePrimitiveComplete() {
        Map<String, Object> instance = GoldenSamples.map("instance_primitive");
        String first = PyJson.dumps(instance);
        Object last = null;
        for (int i = 0; i < 10_000; i++) {
            last = PyJson.loads(PyJson.dumps(instance));
        }
        assertThat(PyJson.dumps(last)).isEqualTo(first);
        assertThat(last).isEqualTo(instance);
    }
}
