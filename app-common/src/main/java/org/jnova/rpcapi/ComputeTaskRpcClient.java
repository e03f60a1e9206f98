package org.jnova.rpcapi;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcClient;
import org.jnova.messaging.RpcTransport;

/**
 * Nova's {@code conductor.rpcapi.ComputeTaskAPI}: topic {@code conductor}, namespace {@code compute_task},
 * no version cap. jnova sends the two build casts.
 */
public final class ComputeTaskRpcClient {
    public static final String NAMESPACE = "compute_task";

    private final RpcClient client;

    public ComputeTaskRpcClient(RpcTransport transport, Duration rpcResponseTimeout) {
        this.client = transport.client(new Target(null, ConductorRpcClient.TOPIC, null, NAMESPACE, "1.0", false),
                rpcResponseTimeout, null);
    }

    /**
     * {@code schedule_and_build_instances}, cast version 1.17: what the API sends on server create.
     * {@code image} is a dict (an ImageMeta is sent as its primitive data).
     */
    public void scheduleAndBuildInstances(RequestContext ctx, List<? extends NovaObject> buildRequests,
                                          List<? extends NovaObject> requestSpecs, Object image,
                                          String adminPassword, Object injectedFiles, Object requestedNetworks,
                                          Object blockDeviceMapping, Object tags) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("build_requests", buildRequests);
        kw.put("request_specs", requestSpecs);
        kw.put("image", image);
        kw.put("admin_password", adminPassword);
        kw.put("injected_files", injectedFiles);
        kw.put("requested_networks", requestedNetworks);
        kw.put("block_device_mapping", blockDeviceMapping);
        kw.put("tags", tags);
        client.withVersion("1.17").cast(ctx, "schedule_and_build_instances", kw);
    }

    /** {@code build_instances}, cast version 1.19: the reschedule path a compute takes after a failed build. */
    public void buildInstances(RequestContext ctx, List<? extends NovaObject> instances, Object image,
                               Object filterProperties, String adminPassword, Object injectedFiles,
                               Object requestedNetworks, Object securityGroups, Object requestSpec,
                               Object hostLists) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("instances", instances);
        kw.put("image", image);
        kw.put("filter_properties", filterProperties);
        kw.put("admin_password", adminPassword);
        kw.put("injected_files", injectedFiles);
        kw.put("requested_networks", requestedNetworks);
        kw.put("security_groups", securityGroups);
        kw.put("request_spec", requestSpec);
        kw.put("host_lists", hostLists);
        client.withVersion("1.19").cast(ctx, "build_instances", kw);
    }
}
