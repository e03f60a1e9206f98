package org.jnova.cli.rpc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jnova.cli.ConfigFileOptions;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.ports.transport.TransportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jnova rpc cast}: one cast (optionally fanout); returns once the broker confirmed it. */
@Command(name = "cast",
        description = "Cast an RPC message (no reply); exits once the broker has confirmed it.")
final class RpcCastCommand implements Callable<Integer> {
    @Mixin
    ConfigFileOptions configOptions;

    @Mixin
    RpcTargetOptions target;

    @Mixin
    RpcMessageOptions message;

    /** No standard help mixin: its --version would clash with the RPC --version option. */
    @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> msg = message.message(spec.commandLine());
        try (RpcBus bus = RpcBus.open(configOptions.load(), target.transportUrl, "jnova-rpc")) {
            bus.driver().send(target.target(message.namespace, message.version, message.fanout),
                    RequestContext.admin().toDict(), msg, new SendOptions(3, false));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("sent", true);
            return RpcOutput.result(spec.commandLine().getOut(), target.format, out);
        } catch (TransportException e) {
            return RpcOutput.failure(spec.commandLine().getOut(), spec.commandLine().getErr(), target.format, e);
        }
    }
}
