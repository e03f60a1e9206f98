package org.jnova.adapter.hypervisor.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jnova.ports.hypervisor.HypervisorException;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.event.LifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the libvirt connection, after Nova's {@code libvirt/host.py}: opens it, checks the versions, keeps
 * the lifecycle listener registered, and reopens the connection when it has dropped. While libvirt is
 * unreachable every call fails with a {@link HypervisorException}; the next call tries again.
 */
final class Host implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Host.class);

    static final long MIN_LIBVIRT_VERSION = 6_000_000L;
    static final long NEXT_MIN_LIBVIRT_VERSION = 7_000_000L;
    static final long MIN_QEMU_VERSION = 4_002_000L;
    static final long NEXT_MIN_QEMU_VERSION = 5_002_000L;

    private final LibvirtBinding binding;
    private final String uri;
    private final LifecycleListener lifecycleListener;
    private Connect connection;
    // set by the close callback of the connection it belongs to; a late callback of a replaced one is ignored
    private AtomicBoolean connectionClosedByLibvirt = new AtomicBoolean();
    private boolean started;
    private String hostname;

    Host(LibvirtBinding binding, String uri, LifecycleListener lifecycleListener) {
        this.binding = binding;
        this.uri = uri;
        this.lifecycleListener = lifecycleListener;
    }

    /** Nova's {@code Host.initialize} + {@code _check_min_version}: event loop, connection, versions. */
    synchronized void start() {
        try {
            binding.startEventLoop();
        } catch (LinkageError e) {
            throw LibvirtErrors.missingLibrary(e);
        } catch (LibvirtException e) {
            throw LibvirtErrors.hostFailure("event loop registration", e);
        }
        started = true;
        checkVersions(connection());
    }

    /** The open connection, reopened first if it dropped. */
    synchronized Connect connection() {
        if (!started) {
            throw new HypervisorException("the libvirt driver was used before init_host");
        }
        if (connection != null && (connectionClosedByLibvirt.get() || !binding.isUsable(connection))) {
            LOG.warn("connection to libvirt at {} lost; reconnecting", uri);
            Connect lost = connection;
            connection = null;
            try {
                // open before closing: the test driver drops its state with the last connection
                connection = open();
            } finally {
                release(lost);
            }
        }
        if (connection == null) {
            connection = open();
        }
        return connection;
    }

    private Connect open() {
        Connect opened;
        try {
            opened = binding.open(uri);
        } catch (LinkageError e) {
            throw LibvirtErrors.missingLibrary(e);
        } catch (LibvirtException e) {
            throw new HypervisorException("cannot connect to libvirt at " + uri + ": " + LibvirtErrors.message(e), e);
        }
        AtomicBoolean closed = new AtomicBoolean();
        try {
            opened.addLifecycleListener(lifecycleListener);
        } catch (LibvirtException e) {
            release(opened);
            throw LibvirtErrors.hostFailure("lifecycle event registration on " + uri, e);
        }
        try {
            opened.registerCloseListener((conn, reason) -> {
                LOG.warn("libvirt closed the connection to {} ({})", uri, reason);
                closed.set(true);
            });
        } catch (LibvirtException e) {
            // some drivers cannot report closes; the probe before each use still notices a dropped connection
            LOG.debug("close callbacks unavailable on {}: {}", uri, e.getMessage());
        }
        LOG.info("connected to libvirt at {}", uri);
        connectionClosedByLibvirt = closed;
        return opened;
    }

    private void checkVersions(Connect conn) {
        try {
            long libVersion = conn.getLibVersion();
            if (libVersion < MIN_LIBVIRT_VERSION) {
                throw new HypervisorException("jnova requires libvirt version " + version(MIN_LIBVIRT_VERSION)
                        + " or greater, found " + version(libVersion));
            }
            if (libVersion < NEXT_MIN_LIBVIRT_VERSION) {
                LOG.warn("libvirt {} is deprecated; {} will be the minimum", version(libVersion),
                        version(NEXT_MIN_LIBVIRT_VERSION));
            }
            // QEMU's minimum only applies to QEMU connections (not the test driver or lxc)
            if ("QEMU".equalsIgnoreCase(conn.getType())) {
                long qemuVersion = conn.getVersion();
                if (qemuVersion < MIN_QEMU_VERSION) {
                    throw new HypervisorException("jnova requires QEMU version " + version(MIN_QEMU_VERSION)
                            + " or greater, found " + version(qemuVersion));
                }
                if (qemuVersion < NEXT_MIN_QEMU_VERSION) {
                    LOG.warn("QEMU {} is deprecated; {} will be the minimum", version(qemuVersion),
                            version(NEXT_MIN_QEMU_VERSION));
                }
            }
        } catch (LibvirtException e) {
            throw LibvirtErrors.hostFailure("version check on " + uri, e);
        }
    }

    /** libvirt's packed version (major * 1,000,000 + minor * 1,000 + release) as "major.minor.release". */
    static String version(long packed) {
        return packed / 1_000_000 + "." + packed / 1_000 % 1_000 + "." + packed % 1_000;
    }

    /** The guest with that uuid; VIR_ERR_NO_DOMAIN surfaces as the LibvirtException. */
    Guest lookup(String uuid) throws LibvirtException {
        return new Guest(connection().domainLookupByUUIDString(uuid), binding);
    }

    Guest define(String xml) throws LibvirtException {
        return new Guest(connection().domainDefineXML(xml), binding);
    }

    /** Every domain, running or not; the caller closes them. */
    List<Guest> listGuests() throws LibvirtException {
        Domain[] domains = connection().listAllDomains(0);
        List<Guest> guests = new ArrayList<>(domains.length);
        for (Domain d : domains) {
            guests.add(new Guest(d, binding));
        }
        return guests;
    }

    /** {@code virConnectGetHostname}, read once: Nova needs a restart to follow a hostname change. */
    synchronized String hostname() throws LibvirtException {
        String current = connection().getHostName();
        if (hostname == null) {
            hostname = current;
        } else if (!hostname.equals(current)) {
            LOG.error("hypervisor hostname changed from {} to {}; a restart of the compute service is needed",
                    hostname, current);
        }
        return hostname;
    }

    String uri() {
        return uri;
    }

    private void release(Connect conn) {
        try {
            conn.removeLifecycleListener(lifecycleListener);
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("could not remove the lifecycle listener from {}: {}", uri, e.getMessage());
        }
        try {
            conn.unregisterCloseListener();
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("could not remove the close listener from {}: {}", uri, e.getMessage());
        }
        try {
            conn.close();
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("closing the libvirt connection to {} failed: {}", uri, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            release(connection);
            connection = null;
        }
    }
}
