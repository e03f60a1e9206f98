package org.jnova.adapter.hypervisor.libvirt;

import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.hypervisor.DriverContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.HypervisorDriverFactory;
import org.pf4j.Extension;

/** Selected by {@code compute_driver = libvirt.LibvirtDriver}; declares the {@code [libvirt]} options. */
@Extension
public class LibvirtDriverFactory implements HypervisorDriverFactory {
    public static final String NAME = "libvirt.LibvirtDriver";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ConfigOption> options() {
        return LibvirtConfig.OPTIONS;
    }

    @Override
    public String description() {
        return "libvirt guests (kvm, qemu; test:///default for tests) through libvirt-java";
    }

    @Override
    public HypervisorDriver create(String selectedName, DriverContext context) {
        if (!NAME.equals(selectedName)) {
            throw new IllegalArgumentException("this factory creates " + NAME + ", not " + selectedName);
        }
        return new LibvirtDriver(LibvirtConfig.from(context.config()), context.statePath(), LibvirtBinding.system());
    }
}
