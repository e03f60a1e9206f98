package org.jnova.conductor.manager;

import java.util.List;
import org.jnova.common.service.Manager;
import org.jnova.conductor.endpoint.ComputeTaskEndpoint;
import org.jnova.conductor.endpoint.ConductorEndpoint;
import org.jnova.messaging.RpcEndpoint;

/**
 * {@code ConductorManager} + {@code ComputeTaskManager}: the object indirection and the build paths on
 * topic {@code conductor}. The conductor has no periodic tasks and nothing to set up on its host.
 */
public final class ConductorManager implements Manager {
    public static final String BINARY = "nova-conductor";
    public static final String TOPIC = "conductor";

    private final ConductorEndpoint objects;
    private final ComputeTaskEndpoint computeTasks;

    public ConductorManager(ConductorEndpoint objects, ComputeTaskEndpoint computeTasks) {
        this.objects = objects;
        this.computeTasks = computeTasks;
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
}
