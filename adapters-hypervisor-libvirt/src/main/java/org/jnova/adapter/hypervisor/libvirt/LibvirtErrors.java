package org.jnova.adapter.hypervisor.libvirt;

import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.NovaException;
import org.jnova.ports.hypervisor.HypervisorException;
import org.libvirt.Error;
import org.libvirt.LibvirtException;

/** Turns libvirt errors into the port's errors, the way Nova's {@code Host.get_guest} does. */
final class LibvirtErrors {
    /** What an operator must install when the native library cannot be loaded. */
    static final String MISSING_LIBRARY_HINT = "libvirt0 (apt-get install libvirt0)";

    private LibvirtErrors() {
    }

    static boolean is(LibvirtException e, Error.ErrorNumber code) {
        return e.getError() != null && e.getError().getCode() == code;
    }

    /** VIR_ERR_NO_DOMAIN becomes InstanceNotFound; anything else a HypervisorException naming the step. */
    static NovaException translate(String operation, String instanceUuid, LibvirtException e) {
        if (is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
            return new InstanceNotFound(instanceUuid);
        }
        return new HypervisorException("libvirt " + operation + " of instance " + instanceUuid + " failed: "
                + message(e), e);
    }

    static HypervisorException hostFailure(String operation, LibvirtException e) {
        return new HypervisorException("libvirt " + operation + " failed: " + message(e), e);
    }

    static HypervisorException missingLibrary(LinkageError e) {
        return new HypervisorException("cannot load the native libvirt library (" + e.getMessage()
                + "); install " + MISSING_LIBRARY_HINT, e);
    }

    static String message(LibvirtException e) {
        String code = e.getError() == null ? "" : " [" + e.getError().getCode() + "]";
        return e.getMessage() + code;
    }
}
