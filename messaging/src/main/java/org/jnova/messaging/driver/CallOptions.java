package org.jnova.messaging.driver;

import java.time.Duration;

/**
 * Options of one RPC call: the overall timeout (sent as the AMQP expiration), the call-monitor
 * timeout in seconds (sent as {@code _timeout}; null for none) and the publish retry budget
 * (null or -1 = forever, 0 = one attempt, N = N retries).
 */
public record CallOptions(Duration timeout, Integer callMonitorTimeout, Integer retry) {
    public static CallOptions of(Duration timeout) {
        return new CallOptions(timeout, null, null);
    }
}
