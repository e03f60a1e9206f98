package org.jnova.ports.hypervisor;

import java.util.List;
import org.jnova.ports.config.ConfigOption;

/**
 * The extension a hypervisor plugin provides, selected by {@code compute_driver} (e.g.
 * {@code fake.FakeDriver}, {@code libvirt.LibvirtDriver}).
 */
public interface HypervisorDriverFactory {
    /** The {@code compute_driver} value, e.g. {@code libvirt.LibvirtDriver}. */
    String name();

    /** Other values that select this driver (e.g. {@code fake.SmallFakeDriver}). */
    default List<String> aliases() {
        return List.of();
    }

    default List<ConfigOption> options() {
        return List.of();
    }

    default String description() {
        return name();
    }

    /** Creates the driver for the value the operator chose (the name or one of the aliases). */
    HypervisorDriver create(String selectedName, DriverContext context);
}
