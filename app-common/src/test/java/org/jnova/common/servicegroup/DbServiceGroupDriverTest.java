package org.jnova.common.servicegroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jnova.domain.objects.Service;
import org.junit.jupiter.api.Test;

class DbServiceGroupDriverTest {
    private static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Service service(String host, Instant created, Instant lastSeenUp, boolean forcedDown) {
        Service s = new Service();
        s.set("host", host);
        s.set("forced_down", forcedDown);
        s.set("last_seen_up", lastSeenUp);
        s.load("created_at", created);
        return s;
    }

    @Test
    void upWhenLastSeenWithinServiceDownTimeInclusive() {
        DbServiceGroupDriver d = new DbServiceGroupDriver(10, 60, clock, t -> List.of());
        assertThat(d.isUp(service("a", null, NOW.minusSeconds(60), false))).isTrue();
        assertThat(d.isUp(service("a", null, NOW.minusSeconds(61), false))).isFalse();
        // abs(): a clock skewed into the future counts the same way
        assertThat(d.isUp(service("a", null, NOW.plusSeconds(30), false))).isTrue();
        assertThat(d.isUp(service("a", null, NOW.plusSeconds(61), false))).isFalse();
    }

    @Test
    void fallsBackToCreatedAtAndForcedDownWins() {
        DbServiceGroupDriver d = new DbServiceGroupDriver(10, 60, clock, t -> List.of());
        assertThat(d.isUp(service("a", NOW.minusSeconds(5), null, false))).isTrue();
        assertThat(d.isUp(service("a", NOW.minusSeconds(500), null, false))).isFalse();
        assertThat(d.isUp(service("a", null, NOW, true))).isFalse();
    }

    @Test
    void downTimeNotAboveReportIntervalIsRaisedTo2point5Intervals() {
        assertThat(new DbServiceGroupDriver(10, 10, clock, t -> List.of()).serviceDownTime()).isEqualTo(25);
        assertThat(new DbServiceGroupDriver(7, 5, clock, t -> List.of()).serviceDownTime()).isEqualTo(17);
        assertThat(new DbServiceGroupDriver(10, 11, clock, t -> List.of()).serviceDownTime()).isEqualTo(11);
        DbServiceGroupDriver d = new DbServiceGroupDriver(10, 10, clock, t -> List.of());
        assertThat(d.isUp(service("a", null, NOW.minusSeconds(25), false))).isTrue();
        assertThat(d.isUp(service("a", null, NOW.minusSeconds(26), false))).isFalse();
    }

    @Test
    void getAllReturnsTheUpMembersOfTheGroup() {
        Service up = service("up", null, NOW.minusSeconds(1), false);
        Service down = service("down", null, NOW.minusSeconds(600), false);
        DbServiceGroupDriver d = new DbServiceGroupDriver(10, 60, clock,
                topic -> topic.equals("compute") ? List.of(up, down) : List.of());
        assertThat(d.getAll("compute")).containsExactly(up);
        assertThat(d.getAll("conductor")).isEmpty();
    }
}
