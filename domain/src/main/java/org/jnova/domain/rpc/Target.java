package org.jnova.domain.rpc;

/**
 * Where a message goes or what a server listens on: oslo.messaging's {@code Target}. For a client,
 * topic (and optionally server or fanout) choose the destination and version/namespace go into the
 * message; for a server, topic and server choose the queues; for an endpoint, namespace and version
 * choose which messages it accepts. Fields may be null where oslo allows None.
 */
public record Target(String exchange, String topic, String server, String namespace, String version,
                     boolean fanout) {

    public static Target topic(String topic) {
        return new Target(null, topic, null, null, null, false);
    }

    /** An endpoint target: only namespace and version matter. */
    public static Target endpoint(String namespace, String version) {
        return new Target(null, null, null, namespace, version, false);
    }

    public Target withServer(String s) {
        return new Target(exchange, topic, s, namespace, version, fanout);
    }

    public Target withTopic(String t) {
        return new Target(exchange, t, server, namespace, version, fanout);
    }

    public Target withNamespace(String ns) {
        return new Target(exchange, topic, server, ns, version, fanout);
    }

    public Target withVersion(String v) {
        return new Target(exchange, topic, server, namespace, v, fanout);
    }

    public Target withFanout(boolean f) {
        return new Target(exchange, topic, server, namespace, version, f);
    }
}
