package org.jnova.adapter.hypervisor.libvirt;

import java.time.Duration;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.instance.PowerState;
import org.jnova.ports.hypervisor.HypervisorException;
import org.libvirt.Error;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling power sequences of Nova's libvirt driver: {@code _clean_shutdown}, {@code _destroy} with
 * {@code _wait_for_destroy}, {@code _soft_reboot} and {@code _wait_for_running}. Each poll looks the guest
 * up afresh (it may be gone or restarted) and frees it before sleeping.
 */
final class PowerActions {
    private static final Logger LOG = LoggerFactory.getLogger(PowerActions.class);
    private static final Duration STATE_POLL = Duration.ofMillis(500);
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final int DESTROY_ATTEMPTS = 3;

    private final Host host;
    private final Duration stateTimeout;

    /** @param stateTimeout how long to wait for a guest to reach RUNNING or SHUTDOWN after libvirt accepted the call */
    PowerActions(Host host, Duration stateTimeout) {
        this.host = host;
        this.stateTimeout = stateTimeout;
    }

    /**
     * Asks the guest to shut down, re-asking every {@code retryInterval} seconds, for up to {@code timeout}
     * seconds; true once it is off (or gone). Never forces it off: the caller destroys afterwards.
     */
    boolean cleanShutdown(String uuid, int timeout, int retryInterval) throws LibvirtException {
        try (Guest guest = host.lookup(uuid)) {
            PowerState state = guest.powerState();
            if (isOff(state)) {
                LOG.info("instance {} already shut down", uuid);
                return true;
            }
            LOG.debug("shutting down instance {} from state {}", uuid, state);
            requestShutdown(guest, uuid);
        } catch (LibvirtException e) {
            if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                return true;
            }
            throw e;
        }
        int countdown = retryInterval;
        for (int sec = 0; sec < timeout; sec++) {
            try (Guest guest = host.lookup(uuid)) {
                if (isOff(guest.powerState())) {
                    LOG.info("instance {} shut down cleanly after {} seconds", uuid, sec);
                    return true;
                }
                if (countdown == 0) {
                    countdown = retryInterval;
                    LOG.debug("instance {} still up after {} seconds; resending shutdown", uuid, sec);
                    requestShutdown(guest, uuid);
                } else {
                    countdown--;
                }
            } catch (LibvirtException e) {
                if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                    return true;
                }
                throw e;
            }
            sleep(SECOND);
        }
        LOG.info("instance {} did not shut down within {} seconds", uuid, timeout);
        return false;
    }

    private static void requestShutdown(Guest guest, String uuid) {
        try {
            guest.shutdown();
        } catch (LibvirtException e) {
            // the guest may have gone down between the check and the request
            LOG.debug("ignoring libvirt error from the shutdown request to {}: {}", uuid, e.getMessage());
        }
    }

    /**
     * Forces the guest off and waits until it reports SHUTDOWN; destroys again if it came back with a new
     * domain id meanwhile. A missing guest counts as destroyed. The guest stays defined.
     */
    void destroy(String uuid) throws LibvirtException {
        for (int attempt = 1; attempt <= DESTROY_ATTEMPTS; attempt++) {
            int oldId;
            try (Guest guest = host.lookup(uuid)) {
                oldId = guest.id();
                poweroff(guest, uuid);
            } catch (LibvirtException e) {
                if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                    return;
                }
                throw e;
            }
            if (waitForDestroy(uuid, oldId)) {
                LOG.info("instance {} destroyed", uuid);
                return;
            }
            LOG.info("instance {} may have been started again; destroying it again", uuid);
        }
        throw new HypervisorException("instance " + uuid + " kept restarting; gave up destroying it after "
                + DESTROY_ATTEMPTS + " attempts");
    }

    private static void poweroff(Guest guest, String uuid) throws LibvirtException {
        try {
            guest.poweroff();
        } catch (LibvirtException e) {
            if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_OPERATION_INVALID)
                    && guest.powerState() == PowerState.SHUTDOWN) {
                return;
            }
            if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_OPERATION_TIMEOUT)) {
                throw new HypervisorException("Failed to power off instance " + uuid + ": "
                        + LibvirtErrors.message(e), e);
            }
            throw e;
        }
    }

    /** True once SHUTDOWN or gone; false if the guest is running under a new domain id. */
    private boolean waitForDestroy(String uuid, int expectedId) throws LibvirtException {
        long deadline = System.nanoTime() + stateTimeout.toNanos();
        while (true) {
            try (Guest guest = host.lookup(uuid)) {
                if (guest.powerState() == PowerState.SHUTDOWN) {
                    return true;
                }
                if (guest.id() != expectedId) {
                    return false;
                }
            } catch (LibvirtException e) {
                if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                    return true;
                }
                throw e;
            }
            if (System.nanoTime() > deadline) {
                throw new HypervisorException("instance " + uuid + " did not reach SHUTDOWN within "
                        + stateTimeout.toSeconds() + " s of being destroyed");
            }
            sleep(STATE_POLL);
        }
    }

    /**
     * Nova's {@code _soft_reboot}: shutdown, then watch for a new domain id for up to {@code waitSeconds};
     * starts the guest again if it went off. False (fall back to hard) if the guest was not running or did
     * not react in time.
     */
    boolean softReboot(String uuid, int waitSeconds) throws LibvirtException {
        int oldId;
        try (Guest guest = host.lookup(uuid)) {
            // Nova waits out the full timeout for a guest that is not running; it can only end in a hard reboot
            if (guest.powerState() != PowerState.RUNNING) {
                return false;
            }
            oldId = guest.id();
            guest.shutdown();
        }
        for (int sec = 0; sec < waitSeconds; sec++) {
            try (Guest guest = host.lookup(uuid)) {
                PowerState state = guest.powerState();
                if (guest.id() != oldId) {
                    if (isOff(state)) {
                        LOG.info("instance {} shut down for its soft reboot; starting it", uuid);
                        guest.launch();
                        waitForRunning(uuid);
                    } else {
                        LOG.info("instance {} rebooted by itself during the soft reboot", uuid);
                    }
                    return true;
                }
            }
            sleep(SECOND);
        }
        return false;
    }

    /** Polls every 0.5 s until the guest reports RUNNING. */
    void waitForRunning(String uuid) throws LibvirtException {
        long deadline = System.nanoTime() + stateTimeout.toNanos();
        while (true) {
            try (Guest guest = host.lookup(uuid)) {
                PowerState state = guest.powerState();
                if (state == PowerState.RUNNING) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new HypervisorException("instance " + uuid + " did not reach RUNNING within "
                            + stateTimeout.toSeconds() + " s; it is " + state);
                }
            } catch (LibvirtException e) {
                if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                    throw new InstanceNotFound(uuid);
                }
                throw e;
            }
            sleep(STATE_POLL);
        }
    }

    private static boolean isOff(PowerState state) {
        return state == PowerState.SHUTDOWN || state == PowerState.CRASHED;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HypervisorException("interrupted while waiting for a libvirt guest", e);
        }
    }
}
