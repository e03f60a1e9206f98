package org.jnova.ports.transport.wire;

import java.time.Duration;

/**
 * How one request is published.
 *
 * @param retry         the publish retry budget: null or -1 forever, 0 one attempt, N retries
 * @param atLeastOnce   an unroutable message must fail ({@code TransportOptions(at_least_once=True)})
 * @param timeout       a call's timeout, sent as the message's ttl/expiration; null for a cast
 * @param deadlineNanos a {@link System#nanoTime()} past which a call's publish retries stop (throwing
 *                      MessagingTimeoutException); {@link #NO_DEADLINE} for none
 */
public record PublishOptions(Integer retry, boolean atLeastOnce, Duration timeout, long deadlineNanos) {
    public static final long NO_DEADLINE = Long.MAX_VALUE;
    public static final PublishOptions CAST = new PublishOptions(null, false, null, NO_DEADLINE);
}
