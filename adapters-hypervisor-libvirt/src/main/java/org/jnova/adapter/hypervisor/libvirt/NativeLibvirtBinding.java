package org.jnova.adapter.hypervisor.libvirt;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.Error;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real binding: libvirt-java over the native libvirt.so.0. */
final class NativeLibvirtBinding implements LibvirtBinding {
    static final NativeLibvirtBinding INSTANCE = new NativeLibvirtBinding();

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibvirtBinding.class);

    private NativeLibvirtBinding() {
    }

    @Override
    public void startEventLoop() throws LibvirtException {
        LibvirtEventLoop.ensureRunning();
    }

    @Override
    public Connect open(String uri) throws LibvirtException {
        return new Connect(uri);
    }

    @Override
    public boolean isUsable(Connect connection) {
        try {
            connection.getLibVersion();
            return true;
        } catch (LibvirtException e) {
            // Nova treats only transport-level failures as a lost connection; anything else means it answered
            Error error = e.getError();
            boolean lost = error != null
                    && (error.getCode() == Error.ErrorNumber.VIR_ERR_SYSTEM_ERROR
                        || error.getCode() == Error.ErrorNumber.VIR_ERR_INTERNAL_ERROR
                        || error.getCode() == Error.ErrorNumber.VIR_ERR_INVALID_CONN
                        || error.getCode() == Error.ErrorNumber.VIR_ERR_NO_CONNECT)
                    && (error.getDomain() == Error.ErrorDomain.VIR_FROM_REMOTE
                        || error.getDomain() == Error.ErrorDomain.VIR_FROM_RPC
                        || error.getCode() == Error.ErrorNumber.VIR_ERR_INVALID_CONN
                        || error.getCode() == Error.ErrorNumber.VIR_ERR_NO_CONNECT);
            if (lost) {
                LOG.warn("libvirt connection lost: {}", e.getMessage());
            }
            return !lost;
        }
    }

    @Override
    public void requestShutdown(Domain domain) throws LibvirtException {
        domain.shutdown();
    }
}
