package org.jnova.adapter.hypervisor.libvirt;

import java.nio.file.Path;
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
        return new LibvirtDriver(LibvirtConfig.from(context.config()), instancesPath(context), LibvirtBinding.system());
    }

    /**
     * Nova's {@code [DEFAULT] instances_path}, which the platform registers; where it does not (a bare
     * ConfigView), its default {@code $state_path/instances}.
     */
    static Path instancesPath(DriverContext context) {
        ConfigOption core = ConfigOption.string(ConfigOption.DEFAULT_GROUP, "instances_path", null, "");
        try {
            String configured = context.config().string(core);
            if (configured != null && !configured.isBlank() && !configured.contains("$")) {
                return Path.of(configured);
            }
        } catch (IllegalArgumentException e) {
            // not registered by this host: fall through to Nova's default
        }
        return context.statePath().resolve("instances");
    }
}
