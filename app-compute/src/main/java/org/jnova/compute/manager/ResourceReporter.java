package org.jnova.compute.manager;

import java.util.function.Supplier;
import org.jnova.compute.objects.ComputeNodeFigures;
import org.jnova.compute.ops.BuildFailures;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.ops.NovaErrors;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.AvailableResource;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code update_available_resource}: for each node of the driver, its figures into the ComputeNode
 * record the scheduler reads. A failing node is logged and the others still reported. jnova has no
 * Placement: the scheduler helper reads ComputeNode directly.
 */
public final class ResourceReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ResourceReporter.class);

    private final ComputeObjects objects;
    private final HypervisorDriver driver;
    private final String host;
    private final Supplier<Long> serviceId;
    private final BuildFailures failures;

    public ResourceReporter(ComputeObjects objects, HypervisorDriver driver, String host, Supplier<Long> serviceId,
                            BuildFailures failures) {
        this.objects = objects;
        this.driver = driver;
        this.host = host;
        this.serviceId = serviceId;
        this.failures = failures;
    }

    /** Reports every node; returns how many were written. */
    public int updateAvailableResource(RequestContext ctx) {
        int written = 0;
        for (String node : driver.getAvailableNodes(true)) {
            try {
                AvailableResource resource = driver.getAvailableResource(node);
                objects.updateComputeNode(ctx, new ComputeNodeFigures(host, serviceId.get(), resource,
                        driver.getNumInstances(), failures.count(node)));
                written++;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    LOG.info("Resource update for node {} interrupted by shutdown", node);
                    return written;
                }
                LOG.error("Error updating resources for node {}: {}", node, NovaErrors.message(e), e);
            }
        }
        return written;
    }
}
