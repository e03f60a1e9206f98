package org.jnova.conductor.endpoint;

import java.util.List;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.Selection;
import org.jnova.domain.rpc.RequestContext;

/** The compute RPC the build paths need: {@code build_and_run_instance}, cast to the chosen host. */
@FunctionalInterface
public interface ComputeCasts {
    void buildAndRunInstance(RequestContext ctx, Instance instance, String host, String node, BuildArgs args,
                             List<Selection> alternates);

    /** The pass-through arguments of a build, as the API (or the rescheduling compute) sent them. */
    record BuildArgs(Object image, Object requestSpec, Object filterProperties, String adminPassword,
                     Object injectedFiles, Object requestedNetworks, Object securityGroups,
                     Object blockDeviceMapping) {
    }
}
