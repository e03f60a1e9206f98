package org.jnova.adapter.transport.rabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.transport.TransportUrl;
import org.junit.jupiter.api.Test;

/** Option resolution (query over config over default), validation, and oslo's reconnect schedule. */
class RabbitSettingsTest {
    private static ConfigView config(Map<String, Object> values) {
        return option -> {
            if (!option.group().equals(RabbitOptions.GROUP)) {
                throw new IllegalArgumentException("unregistered " + option.name());
            }
            return values.getOrDefault(option.name(), option.defaultValue());
        };
    }

    @Test
    void defaultsAreOslo14s() {
        RabbitSettings s = RabbitSettings.defaults();
        assertThat(s.heartbeatTimeoutThreshold()).isEqualTo(60);
        assertThat(s.transientQueuesTtl()).isEqualTo(1800);
        assertThat(s.missingConsumerRetryTimeout()).isEqualTo(60);
        assertThat(s.directMandatoryFlag()).isTrue();
        assertThat(s.topicDurable()).isFalse();
        assertThat(s.qosPrefetchCount()).isZero();
    }

    @Test
    void urlQueryOverridesTheConfigFileWhichOverridesDefaults() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("heartbeat_timeout_threshold", 30);
        file.put("amqp_durable_queues", true);
        file.put("rabbit_transient_queues_ttl", 600);
        TransportUrl url = TransportUrl.parse("rabbit://h/?heartbeat_timeout_threshold=10&kombu_missing_consumer_retry_timeout=3");
        RabbitSettings s = RabbitSettings.from(url, config(file));
        assertThat(s.heartbeatTimeoutThreshold()).isEqualTo(10);
        assertThat(s.missingConsumerRetryTimeout()).isEqualTo(3);
        assertThat(s.topicDurable()).isTrue();
        assertThat(s.transientQueuesTtl()).isEqualTo(600);
    }

    @Test
    void badInputIsRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> RabbitSettings.from(TransportUrl.parse("rabbit://h/?hearbeat=1"), null))
                .hasMessageContaining("'hearbeat' is not an option of [oslo_messaging_rabbit]");
        assertThatThrownBy(() -> RabbitSettings.from(TransportUrl.parse("rabbit://h/?ssl=maybe"), null))
                .hasMessageContaining("ssl").hasMessageContaining("not a boolean");
        assertThatThrownBy(() -> RabbitSettings.from(TransportUrl.parse("rabbit://h/?rabbit_transient_queues_ttl=0"), null))
                .hasMessageContaining("below the minimum 1");
        assertThatThrownBy(() -> RabbitSettings.from(
                TransportUrl.parse("rabbit://h/?rabbit_ha_queues=true&rabbit_quorum_queue=true"), null))
                .hasMessageContaining("cannot both be true");
        assertThatThrownBy(() -> TlsContexts.protocol("SSLv3")).hasMessageContaining("ssl_version 'SSLv3'");
        assertThat(TlsContexts.protocol("TLSv1_2")).isEqualTo("TLSv1.2");
    }

    @Test
    void unregisteredGroupFallsBackToDefaults() {
        ConfigView none = option -> {
            throw new IllegalArgumentException("not registered");
        };
        assertThat(RabbitSettings.from(TransportUrl.parse("rabbit://h/"), none)).isEqualTo(RabbitSettings.defaults());
    }

    @Test
    void reconnectWaitsFollowKombusFxrange() {
        OsloBackoff b = new OsloBackoff(RabbitSettings.defaults());
        assertThat(b.delayMillis(0)).isEqualTo(1000);
        assertThat(b.delayMillis(1)).isEqualTo(3000);
        assertThat(b.delayMillis(2)).isEqualTo(5000);
        assertThat(b.delayMillis(15)).isEqualTo(31000);
        assertThat(b.delayMillis(100)).isEqualTo(31000);
        assertThat(b.getDelay(1)).isEqualTo(1000);
    }

    @Test
    void everyOptionIsInTheRabbitGroup() {
        assertThat(RabbitOptions.ALL).extracting(ConfigOption::group).containsOnly("oslo_messaging_rabbit");
        assertThat(new RabbitTransportDriverFactory().aliases()).containsExactly("kombu");
        assertThat(new RabbitTransportDriverFactory().scheme()).isEqualTo("rabbit");
    }
}
