package org.jnova.messaging.driver;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DropLogTest {
    @Test
    void aFloodIsLoggedAsABurstThenOneSummaryPerWindow() {
        Logger logger = (Logger) LoggerFactory.getLogger("drop-log-test");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        AtomicLong now = new AtomicLong(1_000);
        DropLog log = new DropLog(logger, 3, 1_000, now::get);

        for (int i = 0; i < 1000; i++) {
            log.dropped("a message on q" + i, "bad " + i);
        }
        assertThat(lines.list).hasSize(3);
        assertThat(lines.list.get(0).getFormattedMessage()).isEqualTo("Dropped a message on q0: bad 0");

        now.addAndGet(1_000); // the next window: the count of what went unlogged, then the new drop
        log.dropped("a message on q-next", "bad next");
        assertThat(lines.list).hasSize(5);
        assertThat(lines.list.get(3).getFormattedMessage())
                .isEqualTo("997 more messages were dropped without a log line each (last reason: bad 999)");
        assertThat(lines.list.get(4).getFormattedMessage()).isEqualTo("Dropped a message on q-next: bad next");
        assertThat(log.total()).isEqualTo(1001);
    }
}
