package org.jnova.ports.placement;

/** The standard resource classes a compute node provides ({@code os_resource_classes}). */
public final class ResourceClass {
    public static final String VCPU = "VCPU";
    public static final String MEMORY_MB = "MEMORY_MB";
    public static final String DISK_GB = "DISK_GB";

    private ResourceClass() {
    }
}
