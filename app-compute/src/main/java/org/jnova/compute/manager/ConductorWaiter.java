package org.jnova.compute.manager;

import java.time.Duration;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code conductor.API.wait_until_ready} (spec §2.5): ping the conductor until one answers, with a
 * short timeout for the first attempts and {@code rpc_response_timeout} after. Only timeouts are
 * retried; any other error ends the wait.
 */
public final class ConductorWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(ConductorWaiter.class);
    public static final String PING_ARG = "1.21 GigaWatts";
    static final String TIMEOUT_WARNING = "Timed out waiting for nova-conductor. Is it running? Or did this "
            + "service start before nova-conductor? Reattempting establishment of nova-conductor connection...";
    static final String ESTABLISHED = "nova-conductor connection established successfully";

    /** One ping; a null timeout means {@code rpc_response_timeout}. Throws MessagingTimeoutException. */
    @FunctionalInterface
    public interface Pinger {
        void ping(Duration timeout);
    }

    private final Pinger pinger;
    private final Duration earlyTimeout;
    private final int earlyAttempts;

    public ConductorWaiter(Pinger pinger) {
        this(pinger, Duration.ofSeconds(10), 10);
    }

    public ConductorWaiter(Pinger pinger, Duration earlyTimeout, int earlyAttempts) {
        this.pinger = pinger;
        this.earlyTimeout = earlyTimeout;
        this.earlyAttempts = earlyAttempts;
    }

    /** Returns once the conductor answered; returns the number of attempts it took. */
    public int waitUntilReady() {
        boolean timedOut = false;
        for (int attempt = 1; ; attempt++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting for nova-conductor");
            }
            try {
                pinger.ping(attempt <= earlyAttempts ? earlyTimeout : null);
                if (timedOut) {
                    LOG.info(ESTABLISHED);
                }
                return attempt;
            } catch (MessagingTimeoutException e) {
                timedOut = true;
                LOG.warn(TIMEOUT_WARNING);
            }
        }
    }
}
