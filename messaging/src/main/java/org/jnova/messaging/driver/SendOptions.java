package org.jnova.messaging.driver;

/**
 * Options of one cast: the publish retry budget (null or -1 = forever, 0 = one attempt, N = N retries)
 * and whether an unroutable message must fail ({@code TransportOptions(at_least_once=True)}).
 */
public record SendOptions(Integer retry, boolean atLeastOnce) {
    public static final SendOptions DEFAULT = new SendOptions(null, false);
}
