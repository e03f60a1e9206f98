package org.jnova.conductor.manager;

import java.time.Duration;
import java.util.List;
import org.jnova.common.service.Manager;
import org.jnova.common.service.PeriodicTask;
import org.jnova.conductor.endpoint.ComputeTaskEndpoint;
import org.jnova.conductor.endpoint.ConductorEndpoint;
import org.jnova.conductor.scheduler.AllocationHealer;
import org.jnova.messaging.RpcEndpoint;

/**
 * {@code ConductorManager} + {@code ComputeTaskManager}: the object indirection and the build paths on
 * topic {@code conductor}, and one periodic task, the allocation heal ({@code [scheduler]
 * heal_allocations_interval}). The conductor has nothing to set up on its host.
 */
public final class ConductorManager implements Manager {
    public static final String BINARY = "nova-conductor";
    public static final String TOPIC = "conductor";

    private final ConductorEndpoint objects;
    private final ComputeTaskEndpoint computeTasks;
    private final AllocationHealer healer;
    private final Duration healInterval;

    /** @param healInterval time between allocation heals; null for none */
    public ConductorManager(ConductorEndpoint objects, ComputeTaskEndpoint computeTasks, AllocationHealer healer,
                            Duration healInterval) {
        this.objects = objects;
        this.computeTasks = computeTasks;
        this.healer = healer;
        this.healInterval = healInterval;
    }

    @Override
    public String serviceName() {
        return TOPIC;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String binary() {
        return BINARY;
    }

    @Override
    public List<RpcEndpoint> endpoints() {
        return List.of(objects, computeTasks);
    }

    @Override
    public List<PeriodicTask> periodicTasks() {
        return healInterval == null ? List.of()
                : List.of(new PeriodicTask("heal_allocations", healInterval, healer::heal));
    }
}
