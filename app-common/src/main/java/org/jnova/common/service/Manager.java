package org.jnova.common.service;

import java.util.List;
import org.jnova.messaging.RpcEndpoint;

/**
 * What {@link NovaService} runs, after {@code nova/manager.py Manager}: the service's RPC endpoints,
 * its host lifecycle hooks and its periodic tasks.
 */
public interface Manager {
    /** {@code manager.service_name}, e.g. {@code compute}; answered by baseapi ping. */
    String serviceName();

    /** The RPC topic, e.g. {@code compute}; the server listens on {@code topic} and {@code topic.host}. */
    String topic();

    /** The binary of the service record, e.g. {@code nova-compute}. */
    String binary();

    /** Runs first, before the service record is read (Zed order). */
    default void initHost() throws Exception {
    }

    /** Runs after the service record exists and before the RPC server starts. */
    default void preStartHook() throws Exception {
    }

    /** Runs once the RPC server consumes and the service joined its group. */
    default void postStartHook() throws Exception {
    }

    /** The manager's endpoints; the runner adds {@code BaseRpcEndpoint(serviceName)}. */
    List<RpcEndpoint> endpoints();

    /** Tasks run when {@code periodic_enable} is true. */
    default List<PeriodicTask> periodicTasks() {
        return List.of();
    }

    /** Runs at stop, after the RPC server drained; errors are logged by the runner. */
    default void cleanupHost() throws Exception {
    }
}
