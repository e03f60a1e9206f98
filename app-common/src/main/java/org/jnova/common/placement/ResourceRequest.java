package org.jnova.common.placement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.objects.Flavor;
import org.jnova.ports.placement.ResourceClass;

/**
 * What one instance needs from a node: memory, vCPUs and local disk (root + ephemeral + swap), as
 * Nova's {@code resources_from_flavor} asks Placement for them.
 */
public record ResourceRequest(long memoryMb, long vcpus, long diskGb) {
    public ResourceRequest {
        if (memoryMb < 0 || vcpus < 0 || diskGb < 0) {
            throw new IllegalArgumentException("resource amounts must not be negative: " + memoryMb + " MB, "
                    + vcpus + " vCPUs, " + diskGb + " GB");
        }
    }

    /** The size of a flavor; swap (MB) counts towards disk, rounded up to whole GB. */
    public static ResourceRequest of(Flavor flavor) {
        if (flavor == null) {
            throw new IllegalArgumentException("cannot schedule an instance without a flavor");
        }
        long swapGb = (flavor.getSwap() + 1023) / 1024;
        return new ResourceRequest(flavor.getMemoryMb(), flavor.getVcpus(),
                flavor.getRootGb() + flavor.getEphemeralGb() + swapGb);
    }

    /** Resource class to amount, zero amounts left out (Placement is not asked for them). */
    public Map<String, Long> resources() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (vcpus > 0) {
            out.put(ResourceClass.VCPU, vcpus);
        }
        if (memoryMb > 0) {
            out.put(ResourceClass.MEMORY_MB, memoryMb);
        }
        if (diskGb > 0) {
            out.put(ResourceClass.DISK_GB, diskGb);
        }
        return out;
    }
}
