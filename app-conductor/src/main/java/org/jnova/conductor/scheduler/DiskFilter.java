package org.jnova.conductor.scheduler;

import org.jnova.common.placement.ResourceRequest;
import org.jnova.ports.placement.ResourceClass;

/** Nova's {@code DiskFilter}: used + requested local disk within (total - reserved) × disk_allocation_ratio. */
public final class DiskFilter implements HostFilter {
    @Override
    public boolean passes(HostState host, ResourceRequest request) {
        return host.fits(ResourceClass.DISK_GB, request.diskGb());
    }

    @Override
    public String name() {
        return "DiskFilter";
    }
}
