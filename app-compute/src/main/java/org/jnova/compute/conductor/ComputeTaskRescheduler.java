package org.jnova.compute.conductor;

import java.util.List;
import java.util.Map;
import org.jnova.compute.ops.RescheduleArgs;
import org.jnova.compute.ops.Rescheduler;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.rpcapi.ComputeTaskRpcClient;

/** The reschedule as Nova's compute casts it: {@code build_instances} 1.19 with {@code host_lists=[host_list]}. */
public final class ComputeTaskRescheduler implements Rescheduler {
    private final ComputeTaskRpcClient computeTask;

    public ComputeTaskRescheduler(ComputeTaskRpcClient computeTask) {
        this.computeTask = computeTask;
    }

    @Override
    public void reschedule(RequestContext ctx, Instance instance, Map<String, Object> image, String adminPassword,
                           Map<String, Object> filterProperties, RescheduleArgs args) {
        computeTask.buildInstances(ctx, List.of(instance), image, filterProperties, adminPassword,
                args.injectedFiles(), args.requestedNetworks(), args.securityGroups(), args.requestSpec(),
                List.of(args.hostList() == null ? List.of() : args.hostList()));
    }
}
