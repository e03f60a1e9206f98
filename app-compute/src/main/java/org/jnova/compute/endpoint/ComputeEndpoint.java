package org.jnova.compute.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.compute.ops.BuildOperations;
import org.jnova.compute.ops.BuildRequest;
import org.jnova.compute.ops.ConsoleOperations;
import org.jnova.compute.ops.DeleteOperations;
import org.jnova.compute.ops.PowerOperations;
import org.jnova.compute.ops.RescheduleArgs;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcArgs;
import org.jnova.messaging.RpcArgumentException;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;
import org.jnova.ports.hypervisor.RebootType;

/**
 * {@code ComputeManager}'s RPC surface (no namespace, version 6.1, so 6.0 and 6.1 clients are served)
 * for the methods jnova implements, with Nova's argument names. Arguments jnova does not act on
 * (networks, volumes, block_device_info, bdms ...) are accepted and ignored.
 */
public final class ComputeEndpoint implements RpcEndpoint {
    public static final String VERSION = "6.1";

    private final Target target = Target.endpoint(null, VERSION);
    private final Map<String, RpcMethod> methods;

    public ComputeEndpoint(BuildOperations build, PowerOperations power, DeleteOperations delete,
                           ConsoleOperations console) {
        Map<String, RpcMethod> m = new LinkedHashMap<>();
        m.put("build_and_run_instance", (ctx, args) -> {
            build.buildAndRunInstance(ctx, new BuildRequest(instance(args), image(args),
                    args.string("admin_password"), args.string("node"), rescheduleArgs(args)));
            return null;
        });
        m.put("start_instance", (ctx, args) -> {
            power.start(ctx, instance(args));
            return null;
        });
        m.put("stop_instance", (ctx, args) -> {
            power.stop(ctx, instance(args), args.bool("clean_shutdown", true));
            return null;
        });
        m.put("reboot_instance", (ctx, args) -> {
            power.reboot(ctx, instance(args), rebootType(args));
            return null;
        });
        m.put("pause_instance", (ctx, args) -> {
            power.pause(ctx, instance(args));
            return null;
        });
        m.put("unpause_instance", (ctx, args) -> {
            power.unpause(ctx, instance(args));
            return null;
        });
        m.put("suspend_instance", (ctx, args) -> {
            power.suspend(ctx, instance(args));
            return null;
        });
        m.put("resume_instance", (ctx, args) -> {
            power.resume(ctx, instance(args));
            return null;
        });
        m.put("terminate_instance", (ctx, args) -> {
            delete.terminate(ctx, instance(args));
            return null;
        });
        m.put("get_console_output", (ctx, args) ->
                console.consoleOutput(ctx, instance(args), args.integer("tail_length")));
        this.methods = Map.copyOf(m);
    }

    private static Instance instance(RpcArgs args) {
        return args.object("instance", Instance.class);
    }

    /** What {@code build_instances} needs back if this build is rescheduled. */
    private static RescheduleArgs rescheduleArgs(RpcArgs args) {
        return new RescheduleArgs(args.dict("filter_properties"), args.get("request_spec"), args.get("host_list"),
                args.get("injected_files"), args.get("requested_networks"), args.get("security_groups"));
    }

    private static RebootType rebootType(RpcArgs args) {
        try {
            return RebootType.fromWire(args.requiredString("reboot_type"));
        } catch (IllegalArgumentException e) {
            throw new RpcArgumentException("reboot_instance(): " + e.getMessage());
        }
    }

    /** {@code image}: Nova's client sends a dict; an ImageMeta object is accepted as its field values. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> image(RpcArgs args) {
        Object image = args.get("image");
        if (image == null) {
            return Map.of();
        }
        if (image instanceof NovaObject o) {
            return (Map<String, Object>) o.toPrimitive().get(NovaObject.DATA_KEY);
        }
        if (image instanceof Map<?, ?>) {
            return (Map<String, Object>) image;
        }
        throw new RpcArgumentException("build_and_run_instance() argument 'image' must be a dict, got "
                + image.getClass().getSimpleName());
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return methods;
    }
}
