package org.jnova.domain.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WireDateTimeTest {
    private static final FieldType DATETIME = FieldType.datetime();

    @Test
    void handWrittenFormAgreesWithTheFormatterAndTheGeneralParserOnRandomInstants() {
        SplittableRandom random = new SplittableRandom(42);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int n = 0; n < 20_000; n++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(0, max), random.nextInt(1_000_000_000));
            String text = WireDateTime.format(t);
            assertThat(text).isEqualTo(FieldType.DATETIME_FORMAT.format(t));
            Instant parsed = WireDateTime.parseCanonical(text);
            assertThat(parsed).isEqualTo(OffsetDateTime.parse(text).toInstant())
                    .isEqualTo(t.truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Test
    void otherFormsGoToTheGeneralParserAndBadDatesAreStillRefusedByName() {
        assertThat(WireDateTime.parseCanonical("2024-01-02T03:04:05.123456Z")).isNull();
        assertThat(WireDateTime.parseCanonical("2024-01-02T03:04:05+00:00")).isNull();
        assertThat(WireDateTime.parseCanonical("2024-13-02T03:04:05Z")).isNull();
        assertThat(WireDateTime.parseCanonical("2024-0a-02T03:04:05Z")).isNull();
        assertThat(DATETIME.coerce("launched_at", "2024-01-02T03:04:05.123456Z"))
                .isEqualTo(Instant.parse("2024-01-02T03:04:05.123456Z"));
        assertThat(DATETIME.coerce("launched_at", "2024-01-02 03:04:05"))
                .isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThatThrownBy(() -> DATETIME.coerce("launched_at", "2024-13-02T03:04:05Z"))
                .hasMessageContaining("field 'launched_at' expects an ISO-8601 datetime");
        assertThat(DATETIME.toPrimitive(Instant.parse("+12024-01-02T03:04:05Z")))
                .isEqualTo(FieldType.DATETIME_FORMAT.format(Instant.parse("+12024-01-02T03:04:05Z")));
    }
}
