package org.jnova.conductor.scheduler;

/** Nova's {@code DiskFilter}: used + requested local disk within total × disk_allocation_ratio. */
public final class DiskFilter implements HostFilter {
    @Override
    public boolean passes(HostState host, ResourceRequest request) {
        return host.usedDiskGb() + request.diskGb() <= host.totalDiskGb() * host.diskRatio();
    }

    @Override
    public String name() {
        return "DiskFilter";
    }
}
