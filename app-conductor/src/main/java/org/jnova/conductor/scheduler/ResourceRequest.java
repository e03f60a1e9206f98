package org.jnova.conductor.scheduler;

import org.jnova.domain.objects.Flavor;

/** What one instance needs from a node: memory, vCPUs and local disk (root + ephemeral + swap). */
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
}
