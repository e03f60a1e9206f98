package org.jnova.conductor.scheduler;

import org.jnova.common.placement.ResourceRequest;

/** Nova's {@code ComputeFilter}: the node's nova-compute service is enabled and up. */
public final class ComputeFilter implements HostFilter {
    @Override
    public boolean passes(HostState host, ResourceRequest request) {
        return host.serviceUsable();
    }

    @Override
    public String name() {
        return "ComputeFilter";
    }
}
