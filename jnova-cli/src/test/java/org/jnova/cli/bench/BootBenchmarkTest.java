package org.jnova.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BootBenchmarkTest {
    @Test
    void percentilesUseTheNearestRank() {
        List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();

        assertThat(BootBenchmark.percentile(hundred, 50)).isEqualTo(50);
        assertThat(BootBenchmark.percentile(hundred, 99)).isEqualTo(99);
        assertThat(BootBenchmark.percentile(List.of(7L), 99)).isEqualTo(7);
        assertThat(BootBenchmark.percentile(List.of(), 50)).isZero();
    }
}
