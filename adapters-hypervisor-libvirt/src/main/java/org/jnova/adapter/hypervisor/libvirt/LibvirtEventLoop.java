package org.jnova.adapter.hypervisor.libvirt;

import com.sun.jna.Pointer;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.Library;
import org.libvirt.jna.Libvirt;
import org.libvirt.jna.virError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libvirt's default event loop, started once and never stopped: libvirt cannot replace an event
 * implementation once registered, and a registered loop that is not run lets keep-alives time out.
 * One daemon thread runs it; lifecycle callbacks arrive on that thread.
 */
final class LibvirtEventLoop {
    private static final Logger LOG = LoggerFactory.getLogger(LibvirtEventLoop.class);

    // held strongly: JNA callbacks that are garbage-collected crash the process when libvirt calls them
    private static final Libvirt.VirErrorCallback QUIET_ERRORS = LibvirtEventLoop::logInsteadOfStderr;

    private static Thread thread;

    private LibvirtEventLoop() {
    }

    static synchronized void ensureRunning() throws LibvirtException {
        if (thread != null) {
            return;
        }
        // libvirt prints every error to stderr by default; the exceptions already carry them
        Connect.setErrorCallback(QUIET_ERRORS);
        Library.initEventLoop();
        Thread loop = new Thread(LibvirtEventLoop::run, "libvirt-event-loop");
        loop.setDaemon(true);
        loop.start();
        thread = loop;
    }

    private static void run() {
        while (true) {
            try {
                Library.processEvent();
            } catch (LibvirtException e) {
                LOG.warn("libvirt event loop iteration failed: {}", e.getMessage());
                pause();
            } catch (RuntimeException e) {
                LOG.error("libvirt event loop iteration failed", e);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void logInsteadOfStderr(Pointer userData, virError error) {
        if (LOG.isDebugEnabled() && error != null) {
            LOG.debug("libvirt: {}", error.message);
        }
    }
}
