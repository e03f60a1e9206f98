package org.jnova.adapter.hypervisor.libvirt;

import java.time.Duration;
import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;

/**
 * The {@code [libvirt]} options jnova honours, with Nova's names and defaults, and the URI rule of
 * Nova's {@code LibvirtDriver._uri()}.
 */
record LibvirtConfig(String virtType, String connectionUri, int waitSoftRebootSeconds, Duration stoppedEventDelay) {

    static final String GROUP = "libvirt";

    static final ConfigOption VIRT_TYPE = ConfigOption.choice(GROUP, "virt_type", "kvm",
            List.of("kvm", "lxc", "qemu", "parallels"), "Libvirt domain type.");
    static final ConfigOption CONNECTION_URI = ConfigOption.string(GROUP, "connection_uri", "",
            "Overrides the default libvirt URI chosen from virt_type (e.g. test:///default, qemu+ssh://host/system).");
    static final ConfigOption WAIT_SOFT_REBOOT_SECONDS = ConfigOption.integer(GROUP, "wait_soft_reboot_seconds",
            120, 0, null, "Seconds to wait for a soft reboot before falling back to a hard reboot.");

    static final List<ConfigOption> OPTIONS = List.of(VIRT_TYPE, CONNECTION_URI, WAIT_SOFT_REBOOT_SECONDS);

    /** Nova's {@code _lifecycle_delay}: a STOPPED event is held this long in case a STARTED follows. */
    static final Duration NOVA_STOPPED_EVENT_DELAY = Duration.ofSeconds(15);

    LibvirtConfig {
        if (!List.of("kvm", "lxc", "qemu", "parallels").contains(virtType)) {
            throw new IllegalArgumentException("[libvirt] virt_type must be one of kvm, lxc, qemu, parallels, got '"
                    + virtType + "'");
        }
        connectionUri = connectionUri == null ? "" : connectionUri.trim();
        if (waitSoftRebootSeconds < 0) {
            throw new IllegalArgumentException("[libvirt] wait_soft_reboot_seconds must be >= 0, got "
                    + waitSoftRebootSeconds);
        }
    }

    static LibvirtConfig from(ConfigView config) {
        return new LibvirtConfig(config.string(VIRT_TYPE), config.string(CONNECTION_URI),
                config.integer(WAIT_SOFT_REBOOT_SECONDS), NOVA_STOPPED_EVENT_DELAY);
    }

    /** The URI to open: connection_uri if set, else the default for virt_type. */
    String uri() {
        if (!connectionUri.isEmpty()) {
            return connectionUri;
        }
        return switch (virtType) {
            case "lxc" -> "lxc:///";
            case "parallels" -> "parallels:///system";
            default -> "qemu:///system";
        };
    }

    /** True for libvirt's in-process test driver, which wants {@code <domain type='test'>}. */
    boolean isTestDriver() {
        return uri().startsWith("test:");
    }

    /** The {@code <domain type=...>} of the guests this driver defines. */
    String domainType() {
        return isTestDriver() ? "test" : virtType;
    }
}
