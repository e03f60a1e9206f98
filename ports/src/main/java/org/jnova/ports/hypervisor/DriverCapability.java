package org.jnova.ports.hypervisor;

/** The {@code capabilities} flags of a Nova driver that jnova's manager looks at. */
public enum DriverCapability {
    HAS_IMAGECACHE, SUPPORTS_EVACUATE, SUPPORTS_PAUSE, SUPPORTS_SUSPEND, SUPPORTS_SOFT_REBOOT,
    SUPPORTS_LIFECYCLE_EVENTS, SUPPORTS_CONSOLE_OUTPUT
}
