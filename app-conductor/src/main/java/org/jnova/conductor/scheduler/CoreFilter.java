package org.jnova.conductor.scheduler;

/** Nova's {@code CoreFilter}: used + requested vCPUs within total × cpu_allocation_ratio. */
public final class CoreFilter implements HostFilter {
    @Override
    public boolean passes(HostState host, ResourceRequest request) {
        return host.usedVcpus() + request.vcpus() <= host.totalVcpus() * host.cpuRatio();
    }

    @Override
    public String name() {
        return "CoreFilter";
    }
}
