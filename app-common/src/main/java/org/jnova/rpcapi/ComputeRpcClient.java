package org.jnova.rpcapi;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcClient;
import org.jnova.messaging.RpcTransport;
import org.jnova.ports.hypervisor.RebootType;

/**
 * Nova's {@code compute.rpcapi.ComputeAPI} for the methods jnova uses: topic {@code compute}, every message
 * to one host ({@code compute.<host>}), version 6.0, kwargs named and ordered as Nova's client sends them.
 * The cap comes from {@code [upgrade_levels] compute}; a cap below 6.0 makes every method fail with
 * {@link org.jnova.messaging.RpcVersionCapError} (jnova does not speak the 5.x compute API).
 */
public final class ComputeRpcClient {
    public static final String TOPIC = "compute";
    public static final String VERSION = "6.0";
    /** {@code get_client}: long calls are monitored once rpc_response_timeout exceeds a minute. */
    private static final int MONITOR_THRESHOLD_S = 60;

    private final RpcClient client;

    /**
     * @param upgradeLevel {@code [upgrade_levels] compute}: null/empty, {@code auto}, a release or "X.Y"
     * @param rpcResponseTimeout {@code rpc_response_timeout}
     */
    public ComputeRpcClient(RpcTransport transport, String upgradeLevel, Duration rpcResponseTimeout) {
        String cap = UpgradeLevels.versionCap("compute", upgradeLevel, UpgradeLevels.COMPUTE_ALIASES);
        RpcClient c = transport.client(new Target(null, TOPIC, null, null, VERSION, false), rpcResponseTimeout, cap);
        if (rpcResponseTimeout != null && rpcResponseTimeout.getSeconds() > MONITOR_THRESHOLD_S) {
            c = c.withCallMonitorTimeout(MONITOR_THRESHOLD_S);
        }
        this.client = c;
    }

    /** The underlying client (tests and callers needing {@code can_send_version}). */
    public RpcClient client() {
        return client;
    }

    /**
     * {@code build_and_run_instance}: a cast to the scheduled {@code host}. A {@code SchedulerLimits} object
     * is sent as a dict, as Nova's client converts it.
     */
    public void buildAndRunInstance(RequestContext ctx, Instance instance, String host, Object image,
                                    Object requestSpec, Object filterProperties, String adminPassword,
                                    Object injectedFiles, Object requestedNetworks, Object securityGroups,
                                    Object blockDeviceMapping, String node, Object limits, Object hostList,
                                    List<String> accelUuids) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("instance", instance);
        kw.put("image", image);
        kw.put("request_spec", requestSpec);
        kw.put("filter_properties", filterProperties);
        kw.put("admin_password", adminPassword);
        kw.put("injected_files", injectedFiles);
        kw.put("requested_networks", requestedNetworks);
        kw.put("security_groups", securityGroups);
        kw.put("block_device_mapping", blockDeviceMapping);
        kw.put("node", node);
        kw.put("limits", limitsDict(limits));
        kw.put("host_list", hostList);
        kw.put("accel_uuids", accelUuids);
        if (host == null || host.isEmpty()) {
            throw new NovaException("No compute host specified");
        }
        client.withServer(host).cast(ctx, "build_and_run_instance", kw);
    }

    public void startInstance(RequestContext ctx, Instance instance) {
        toHost(instance).cast(ctx, "start_instance", instanceArgs(instance));
    }

    /** {@code stop_instance}: a cast, or a call waiting for the stop when {@code doCast} is false. */
    public void stopInstance(RequestContext ctx, Instance instance, boolean doCast, boolean cleanShutdown) {
        Map<String, Object> kw = instanceArgs(instance);
        kw.put("clean_shutdown", cleanShutdown);
        RpcClient c = toHost(instance);
        if (doCast) {
            c.cast(ctx, "stop_instance", kw);
        } else {
            c.call(ctx, "stop_instance", kw);
        }
    }

    public void rebootInstance(RequestContext ctx, Instance instance, Object blockDeviceInfo, RebootType rebootType) {
        Map<String, Object> kw = instanceArgs(instance);
        kw.put("block_device_info", blockDeviceInfo);
        kw.put("reboot_type", rebootType.name());
        toHost(instance).cast(ctx, "reboot_instance", kw);
    }

    public void pauseInstance(RequestContext ctx, Instance instance) {
        toHost(instance).cast(ctx, "pause_instance", instanceArgs(instance));
    }

    public void unpauseInstance(RequestContext ctx, Instance instance) {
        toHost(instance).cast(ctx, "unpause_instance", instanceArgs(instance));
    }

    public void suspendInstance(RequestContext ctx, Instance instance) {
        toHost(instance).cast(ctx, "suspend_instance", instanceArgs(instance));
    }

    public void resumeInstance(RequestContext ctx, Instance instance) {
        toHost(instance).cast(ctx, "resume_instance", instanceArgs(instance));
    }

    /** {@code terminate_instance(instance, bdms)}: bdms is a BlockDeviceMappingList (or null). */
    public void terminateInstance(RequestContext ctx, Instance instance, Object bdms) {
        Map<String, Object> kw = instanceArgs(instance);
        kw.put("bdms", bdms);
        toHost(instance).cast(ctx, "terminate_instance", kw);
    }

    /** {@code get_console_output}: a call; the last {@code tailLength} lines, or all when null. */
    public String getConsoleOutput(RequestContext ctx, Instance instance, Integer tailLength) {
        Map<String, Object> kw = instanceArgs(instance);
        kw.put("tail_length", tailLength);
        Object out = toHost(instance).call(ctx, "get_console_output", kw);
        return out == null ? null : out.toString();
    }

    /** {@code _compute_host(None, instance)} then {@code prepare(server=host, version='6.0')}. */
    private RpcClient toHost(Instance instance) {
        if (instance == null) {
            throw new NovaException("No compute host specified");
        }
        String host = instance.getHost();
        if (host == null || host.isEmpty()) {
            throw new NovaException("Unable to find host for Instance " + instance.getUuid());
        }
        return client.withServer(host);
    }

    private static Map<String, Object> instanceArgs(Instance instance) {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("instance", instance);
        return kw;
    }

    /** {@code SchedulerLimits.to_dict()}: the set, non-null fields. */
    private static Object limitsDict(Object limits) {
        if (limits instanceof NovaObject o && "SchedulerLimits".equals(o.objName())) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String f : o.setFields()) {
                Object v = o.get(f);
                if (v != null) {
                    out.put(f, v instanceof NovaObject n ? n.toPrimitive() : v);
                }
            }
            return out;
        }
        return limits;
    }
}
