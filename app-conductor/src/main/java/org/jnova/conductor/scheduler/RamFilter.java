package org.jnova.conductor.scheduler;

import org.jnova.common.placement.ResourceRequest;
import org.jnova.ports.placement.ResourceClass;

/** Nova's {@code RamFilter}: used + requested memory within (total - reserved) × ram_allocation_ratio. */
public final class RamFilter implements HostFilter {
    @Override
    public boolean passes(HostState host, ResourceRequest request) {
        return host.fits(ResourceClass.MEMORY_MB, request.memoryMb());
    }

    @Override
    public String name() {
        return "RamFilter";
    }
}
