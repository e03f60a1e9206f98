package org.jnova.conductor.scheduler;

import org.jnova.common.placement.ResourceRequest;
import org.jnova.ports.placement.ResourceClass;

/** Nova's {@code CoreFilter}: used + requested vCPUs within (total - reserved) × cpu_allocation_ratio. */
public final class CoreFilter implements HostFilter {
    @Override
    public boolean passes(HostState host, ResourceRequest request) {
        return host.fits(ResourceClass.VCPU, request.vcpus());
    }

    @Override
    public String name() {
        return "CoreFilter";
    }
}
