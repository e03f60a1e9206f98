package org.jnova.compute.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConductorWaiterTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(ConductorWaiter.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger.addAppender(logs);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
    }

    @Test
    void retriesTimeoutsWithShortThenDefaultTimeoutsAndLogsTheRecovery() {
        List<Duration> timeouts = new ArrayList<>();
        ConductorWaiter waiter = new ConductorWaiter(timeout -> {
            timeouts.add(timeout);
            if (timeouts.size() <= 11) {
                throw new MessagingTimeoutException("Timed out waiting for a reply");
            }
        });

        assertThat(waiter.waitUntilReady()).isEqualTo(12);

        assertThat(timeouts.subList(0, 10)).containsOnly(Duration.ofSeconds(10));
        assertThat(timeouts.subList(10, 12)).containsOnly((Duration) null);
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.WARN).hasSize(11)
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).isEqualTo(
                        "Timed out waiting for nova-conductor. Is it running? Or did this service start before "
                                + "nova-conductor? Reattempting establishment of nova-conductor connection..."));
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.INFO).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage())
                        .isEqualTo("nova-conductor connection established successfully"));
    }

    @Test
    void anImmediateAnswerLogsNothing() {
        assertThat(new ConductorWaiter(timeout -> { }).waitUntilReady()).isEqualTo(1);
        assertThat(logs.list).isEmpty();
    }

    @Test
    void otherErrorsEndTheWait() {
        ConductorWaiter waiter = new ConductorWaiter(timeout -> {
            throw new IllegalStateException("no transport");
        });
        assertThatThrownBy(waiter::waitUntilReady).hasMessage("no transport");
    }
}
