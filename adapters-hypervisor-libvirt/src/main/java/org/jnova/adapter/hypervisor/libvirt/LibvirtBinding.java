package org.jnova.adapter.hypervisor.libvirt;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * The few libvirt calls whose outcome the in-process test driver cannot vary: starting the event loop and
 * opening a connection (the native library may be missing, libvirtd may be down), probing a connection (it
 * may have dropped) and asking a guest to shut down (a real guest may ignore the request). Everything else
 * goes straight to libvirt-java. Tests substitute this seam to reach those error paths.
 */
interface LibvirtBinding {

    /** Registers libvirt's default event implementation and runs its loop; idempotent. */
    void startEventLoop() throws LibvirtException;

    Connect open(String uri) throws LibvirtException;

    /** Whether a connection still answers; Nova's {@code Host._test_connection}. */
    boolean isUsable(Connect connection);

    /** {@code virDomainShutdown}: a request (ACPI on QEMU) that the guest may ignore. */
    void requestShutdown(Domain domain) throws LibvirtException;

    static LibvirtBinding system() {
        return NativeLibvirtBinding.INSTANCE;
    }
}
