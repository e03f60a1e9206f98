package org.jnova.conductor.scheduler;

/** Nova's {@code RamFilter}: used + requested memory within total × ram_allocation_ratio. */
public final class RamFilter implements HostFilter {
    @Override
    public boolean passes(HostState host, ResourceRequest request) {
        return host.usedMemoryMb() + request.memoryMb() <= host.totalMemoryMb() * host.ramRatio();
    }

    @Override
    public String name() {
        return "RamFilter";
    }
}
