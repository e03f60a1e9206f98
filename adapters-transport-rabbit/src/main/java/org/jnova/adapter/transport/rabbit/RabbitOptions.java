package org.jnova.adapter.transport.rabbit;

import java.util.List;
import org.jnova.ports.config.ConfigOption;

/** The {@code [oslo_messaging_rabbit]} options that change this driver's behaviour, with oslo 14.0.3 defaults. */
public final class RabbitOptions {
    public static final String GROUP = "oslo_messaging_rabbit";

    public static final ConfigOption HEARTBEAT_TIMEOUT_THRESHOLD = ConfigOption.integer(GROUP,
            "heartbeat_timeout_threshold", 60, 0, null,
            "Seconds without broker traffic before the connection is considered dead; 0 disables AMQP heartbeats.");
    public static final ConfigOption HEARTBEAT_RATE = ConfigOption.integer(GROUP, "heartbeat_rate", 2, 1, null,
            "Accepted for oslo compatibility; amqp-client sends heartbeats every threshold/2 s and checks them itself.");
    public static final ConfigOption RETRY_INTERVAL = ConfigOption.integer(GROUP, "rabbit_retry_interval", 1, 1, null,
            "Seconds to wait before the first reconnect attempt.");
    public static final ConfigOption RETRY_BACKOFF = ConfigOption.integer(GROUP, "rabbit_retry_backoff", 2, 0, null,
            "Seconds added to the reconnect wait after each failed attempt.");
    public static final ConfigOption INTERVAL_MAX = ConfigOption.integer(GROUP, "rabbit_interval_max", 30, 1, null,
            "Upper bound of the growth of the reconnect wait.");
    public static final ConfigOption KOMBU_RECONNECT_DELAY = ConfigOption.floating(GROUP, "kombu_reconnect_delay", 1.0,
            "Seconds to wait before retrying a failed publish or consume (max 4.5).");
    public static final ConfigOption MISSING_CONSUMER_RETRY_TIMEOUT = ConfigOption.integer(GROUP,
            "kombu_missing_consumer_retry_timeout", 60, 0, null,
            "Seconds to keep retrying a reply whose reply queue does not exist.");
    public static final ConfigOption DURABLE_QUEUES = ConfigOption.bool(GROUP, "amqp_durable_queues", false,
            "Make the control exchange and topic queues durable.");
    public static final ConfigOption AUTO_DELETE = ConfigOption.bool(GROUP, "amqp_auto_delete", false,
            "Make the control exchange and topic queues auto-delete.");
    public static final ConfigOption TRANSIENT_QUEUES_TTL = ConfigOption.integer(GROUP, "rabbit_transient_queues_ttl",
            1800, 1, null, "Seconds an unused reply or fanout queue lives (x-expires).");
    public static final ConfigOption QOS_PREFETCH_COUNT = ConfigOption.integer(GROUP, "rabbit_qos_prefetch_count", 0,
            0, null, "basic.qos prefetch count on listening channels; 0 means unlimited.");
    public static final ConfigOption DIRECT_MANDATORY_FLAG = ConfigOption.bool(GROUP, "direct_mandatory_flag", true,
            "Publish replies with the mandatory flag so a missing reply queue is noticed.");
    public static final ConfigOption HA_QUEUES = ConfigOption.bool(GROUP, "rabbit_ha_queues", false,
            "Add x-ha-policy: all to declared queues.");
    public static final ConfigOption QUORUM_QUEUE = ConfigOption.bool(GROUP, "rabbit_quorum_queue", false,
            "Declare topic queues as quorum queues (forces durable).");
    public static final ConfigOption SSL = ConfigOption.bool(GROUP, "ssl", false, "Connect over TLS.");
    public static final ConfigOption SSL_CA_FILE = ConfigOption.string(GROUP, "ssl_ca_file", "",
            "PEM file of CA certificates used to verify the broker; empty means no verification.");
    public static final ConfigOption SSL_CERT_FILE = ConfigOption.string(GROUP, "ssl_cert_file", "",
            "PEM client certificate.");
    public static final ConfigOption SSL_KEY_FILE = ConfigOption.string(GROUP, "ssl_key_file", "",
            "PEM (PKCS#8) client private key.");
    public static final ConfigOption SSL_VERSION = ConfigOption.string(GROUP, "ssl_version", "",
            "TLS version, e.g. TLSv1_2 or TLSv1_3; empty means the JVM default.");

    public static final List<ConfigOption> ALL = List.of(HEARTBEAT_TIMEOUT_THRESHOLD, HEARTBEAT_RATE, RETRY_INTERVAL,
            RETRY_BACKOFF, INTERVAL_MAX, KOMBU_RECONNECT_DELAY, MISSING_CONSUMER_RETRY_TIMEOUT, DURABLE_QUEUES,
            AUTO_DELETE, TRANSIENT_QUEUES_TTL, QOS_PREFETCH_COUNT, DIRECT_MANDATORY_FLAG, HA_QUEUES, QUORUM_QUEUE, SSL,
            SSL_CA_FILE, SSL_CERT_FILE, SSL_KEY_FILE, SSL_VERSION);

    private RabbitOptions() {
    }
}
