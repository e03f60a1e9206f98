package org.jnova.conductor.scheduler;

import org.jnova.common.placement.ResourceRequest;

/** One scheduler filter: whether a node can take an instance of the requested size. */
public interface HostFilter {
    boolean passes(HostState host, ResourceRequest request);

    /** Nova's filter name, for logs. */
    String name();
}
