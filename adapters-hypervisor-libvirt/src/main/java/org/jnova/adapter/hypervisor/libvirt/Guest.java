package org.jnova.adapter.hypervisor.libvirt;

import org.jnova.domain.instance.PowerState;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.Error;
import org.libvirt.LibvirtException;

/**
 * One libvirt domain, after Nova's {@code libvirt/guest.py}: state mapping and the domain calls the
 * driver composes. Holds a native reference: close it (try-with-resources) instead of relying on
 * libvirt-java's finalizers.
 */
final class Guest implements AutoCloseable {
    /** VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_NVRAM (libvirt-java 0.5.4 lacks the NVRAM constant). */
    static final int UNDEFINE_FLAGS = Domain.UndefineFlags.MANAGED_SAVE | 4;

    private final Domain domain;
    private final LibvirtBinding binding;

    Guest(Domain domain, LibvirtBinding binding) {
        this.domain = domain;
        this.binding = binding;
    }

    /** Nova's {@code LIBVIRT_POWER_STATE}. */
    static PowerState powerStateOf(DomainInfo.DomainState state) {
        return switch (state) {
            case VIR_DOMAIN_RUNNING, VIR_DOMAIN_BLOCKED -> PowerState.RUNNING;
            case VIR_DOMAIN_PAUSED -> PowerState.PAUSED;
            case VIR_DOMAIN_SHUTDOWN, VIR_DOMAIN_SHUTOFF -> PowerState.SHUTDOWN;
            case VIR_DOMAIN_CRASHED -> PowerState.CRASHED;
            case VIR_DOMAIN_PMSUSPENDED -> PowerState.SUSPENDED;
            default -> PowerState.NOSTATE;
        };
    }

    PowerState powerState() throws LibvirtException {
        return powerStateOf(domain.getInfo().state);
    }

    /** The domain id; -1 while it is not running. Nova's {@code InstanceInfo.internal_id}. */
    int id() throws LibvirtException {
        return domain.getID();
    }

    String name() throws LibvirtException {
        return domain.getName();
    }

    String uuid() throws LibvirtException {
        return domain.getUUIDString();
    }

    int vcpus() throws LibvirtException {
        return domain.getInfo().nrVirtCpu;
    }

    /** Current memory in KiB. */
    long memoryKib() throws LibvirtException {
        return domain.getInfo().memory;
    }

    boolean isActive() throws LibvirtException {
        return domain.isActive() == 1;
    }

    /** {@code virDomainCreateWithFlags(0)}; restores from a managed-save image if there is one. */
    void launch() throws LibvirtException {
        domain.create(0);
    }

    void shutdown() throws LibvirtException {
        binding.requestShutdown(domain);
    }

    /** {@code virDomainDestroy}: pulls the plug. */
    void poweroff() throws LibvirtException {
        domain.destroy();
    }

    void pause() throws LibvirtException {
        domain.suspend();
    }

    void resume() throws LibvirtException {
        domain.resume();
    }

    void managedSave() throws LibvirtException {
        domain.managedSave();
    }

    String xml() throws LibvirtException {
        return domain.getXMLDesc(0);
    }

    /**
     * Nova's {@code delete_configuration}: undefine with the managed-save/NVRAM flags, falling back to
     * fewer flags for drivers that refuse NVRAM (the test driver does), then to a plain undefine.
     */
    void deleteConfiguration() throws LibvirtException {
        int[] attempts = {UNDEFINE_FLAGS, Domain.UndefineFlags.MANAGED_SAVE};
        for (int flags : attempts) {
            try {
                domain.undefine(flags);
                return;
            } catch (LibvirtException e) {
                if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                    throw e;
                }
            }
        }
        domain.undefine();
    }

    @Override
    public void close() {
        try {
            domain.free();
        } catch (LibvirtException e) {
            // the reference is gone either way; nothing to recover
        }
    }
}
