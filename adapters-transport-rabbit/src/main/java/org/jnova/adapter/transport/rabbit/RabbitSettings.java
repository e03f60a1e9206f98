package org.jnova.adapter.transport.rabbit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.transport.TransportUrl;

/**
 * The effective {@code [oslo_messaging_rabbit]} values of one driver: a URL query value overrides the
 * config file, as oslo's {@code ConfigOptsProxy} does; an unknown query key or a badly typed value is an
 * {@link IllegalArgumentException} naming the key.
 */
public record RabbitSettings(int heartbeatTimeoutThreshold, int heartbeatRate, int retryInterval, int retryBackoff,
                             int intervalMax, double kombuReconnectDelay, int missingConsumerRetryTimeout,
                             boolean durableQueues, boolean autoDelete, int transientQueuesTtl, int qosPrefetchCount,
                             boolean directMandatoryFlag, boolean haQueues, boolean quorumQueue, boolean ssl,
                             String sslCaFile, String sslCertFile, String sslKeyFile, String sslVersion) {

    public RabbitSettings {
        if (haQueues && quorumQueue) {
            throw new IllegalArgumentException("rabbit_ha_queues and rabbit_quorum_queue cannot both be true");
        }
        kombuReconnectDelay = Math.min(kombuReconnectDelay, 4.5);
    }

    /** Defaults only; for tests and tools without a config file. */
    public static RabbitSettings defaults() {
        return resolve(Map.of(), null);
    }

    public static RabbitSettings from(TransportUrl url, ConfigView config) {
        return resolve(url.query(), config);
    }

    static RabbitSettings resolve(Map<String, String> query, ConfigView config) {
        Map<String, ConfigOption> byName = new LinkedHashMap<>();
        RabbitOptions.ALL.forEach(o -> byName.put(o.name(), o));
        for (String key : query.keySet()) {
            if (!byName.containsKey(key)) {
                throw new IllegalArgumentException("transport_url query option '" + key
                        + "' is not an option of [" + RabbitOptions.GROUP + "]; known: " + byName.keySet());
            }
        }
        Values v = new Values(query, config);
        return new RabbitSettings(v.i(RabbitOptions.HEARTBEAT_TIMEOUT_THRESHOLD), v.i(RabbitOptions.HEARTBEAT_RATE),
                v.i(RabbitOptions.RETRY_INTERVAL), v.i(RabbitOptions.RETRY_BACKOFF), v.i(RabbitOptions.INTERVAL_MAX),
                v.d(RabbitOptions.KOMBU_RECONNECT_DELAY), v.i(RabbitOptions.MISSING_CONSUMER_RETRY_TIMEOUT),
                v.b(RabbitOptions.DURABLE_QUEUES), v.b(RabbitOptions.AUTO_DELETE),
                v.i(RabbitOptions.TRANSIENT_QUEUES_TTL), v.i(RabbitOptions.QOS_PREFETCH_COUNT),
                v.b(RabbitOptions.DIRECT_MANDATORY_FLAG), v.b(RabbitOptions.HA_QUEUES),
                v.b(RabbitOptions.QUORUM_QUEUE), v.b(RabbitOptions.SSL), v.s(RabbitOptions.SSL_CA_FILE),
                v.s(RabbitOptions.SSL_CERT_FILE), v.s(RabbitOptions.SSL_KEY_FILE), v.s(RabbitOptions.SSL_VERSION));
    }

    /** Topic exchange and topic queues are durable when either option asks for it. */
    public boolean topicDurable() {
        return durableQueues || quorumQueue;
    }

    /** Reads one option: query string, else config file, else default. */
    private record Values(Map<String, String> query, ConfigView config) {
        Object raw(ConfigOption o) {
            String q = query.get(o.name());
            if (q != null) {
                return q;
            }
            if (config != null) {
                try {
                    Object v = config.value(o);
                    if (v != null) {
                        return v;
                    }
                } catch (IllegalArgumentException notRegistered) {
                    // the host did not register our group: defaults apply
                }
            }
            return o.defaultValue();
        }

        int i(ConfigOption o) {
            Object v = raw(o);
            int n;
            try {
                n = v instanceof Number num ? num.intValue() : Integer.parseInt(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("[" + o.group() + "] " + o.name() + ": '" + v
                        + "' is not an integer");
            }
            if (o.min() != null && n < o.min()) {
                throw new IllegalArgumentException("[" + o.group() + "] " + o.name() + ": " + n
                        + " is below the minimum " + o.min());
            }
            return n;
        }

        double d(ConfigOption o) {
            Object v = raw(o);
            try {
                return v instanceof Number num ? num.doubleValue() : Double.parseDouble(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("[" + o.group() + "] " + o.name() + ": '" + v + "' is not a number");
            }
        }

        boolean b(ConfigOption o) {
            Object v = raw(o);
            if (v instanceof Boolean bool) {
                return bool;
            }
            // oslo.config's Boolean type accepts these spellings
            switch (v.toString().trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "on", "yes":
                    return true;
                case "false", "0", "off", "no":
                    return false;
                default:
                    throw new IllegalArgumentException("[" + o.group() + "] " + o.name() + ": '" + v
                            + "' is not a boolean");
            }
        }

        String s(ConfigOption o) {
            Object v = raw(o);
            return v == null ? "" : v.toString();
        }
    }
}
