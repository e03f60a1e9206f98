package org.jnova.adapter.hypervisor.libvirt;

import java.util.concurrent.atomic.AtomicInteger;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * The real binding with switches for what the test driver cannot do by itself: a missing native library,
 * libvirtd being down, a connection that dropped, and a guest that ignores shutdown requests.
 */
final class ScriptedBinding implements LibvirtBinding {
    final AtomicInteger opens = new AtomicInteger();
    final AtomicInteger shutdownRequests = new AtomicInteger();
    volatile LinkageError missingLibrary;
    volatile boolean libvirtDown;
    volatile boolean dropConnectionOnce;
    volatile boolean ignoreShutdown;

    @Override
    public void startEventLoop() throws LibvirtException {
        if (missingLibrary != null) {
            throw missingLibrary;
        }
        LibvirtBinding.system().startEventLoop();
    }

    @Override
    public Connect open(String uri) throws LibvirtException {
        opens.incrementAndGet();
        if (libvirtDown) {
            // a real libvirt refusal: no driver serves this scheme
            return LibvirtBinding.system().open("jnova-libvirtd-down:///system");
        }
        return LibvirtBinding.system().open(uri);
    }

    @Override
    public boolean isUsable(Connect connection) {
        if (dropConnectionOnce) {
            dropConnectionOnce = false;
            return false;
        }
        return LibvirtBinding.system().isUsable(connection);
    }

    @Override
    public void requestShutdown(Domain domain) throws LibvirtException {
        shutdownRequests.incrementAndGet();
        if (!ignoreShutdown) {
            LibvirtBinding.system().requestShutdown(domain);
        }
    }
}
