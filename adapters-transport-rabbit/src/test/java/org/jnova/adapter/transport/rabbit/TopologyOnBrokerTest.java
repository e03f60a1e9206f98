package org.jnova.adapter.transport.rabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.ports.transport.Listener;
import org.junit.jupiter.api.Test;

/** What a listener declares, as rabbitmqctl shows it: oslo's names, flags and x-expires (wire spec §2). */
class TopologyOnBrokerTest {
    @Test
    void listenerQueuesHaveOslosFlagsAndTheFanoutQueueIsDeletedOnClose() {
        TestBroker.assumeBroker();
        String topic = "topo_" + OsloMessages.newId().substring(0, 8);
        String before;
        try (CoreTransportDriver d = TestBroker.driver("");
             Listener l = d.listen(new Target(null, topic, "h1", null, null, false), m -> { })) {
            before = queues();
            assumeTrue(!before.isEmpty(), "SKIPPED: rabbitmqctl list_queues is not usable here");
            assertThat(line(before, topic + "\t")).isEqualTo(topic + "\tfalse\tfalse\tfalse\t[]");
            assertThat(line(before, topic + ".h1\t")).isEqualTo(topic + ".h1\tfalse\tfalse\tfalse\t[]");
            assertThat(line(before, topic + "_fanout_")).matches(topic
                    + "_fanout_[0-9a-f]{32}\tfalse\tfalse\tfalse\t\\[\\{\"x-expires\",1800000\\}\\]");
        }
        String after = queues();
        assertThat(after).contains(topic + "\t").doesNotContain(topic + "_fanout_");
    }

    private static String line(String all, String prefix) {
        return all.lines().filter(s -> s.startsWith(prefix)).findFirst().orElse("(no queue " + prefix + ")");
    }

    private static String queues() {
        List<String> cmd = List.of("rabbitmqctl", "list_queues", "-p", TestBroker.VHOST, "name", "durable", "auto_delete",
                "exclusive", "arguments", "--no-table-headers", "-q");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
