package org.jnova.cli.rpc;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jnova.cli.ConfigFileOptions;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.ports.transport.TransportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jnova rpc call}: one RPC call; prints the result, or the remote failure and exits 1. */
@Command(name = "call", description = "Call an RPC method and print its result.")
final class RpcCallCommand implements Callable<Integer> {
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
        if (message.fanout) {
            throw new ParameterException(spec.commandLine(), "a call cannot be fanned out; use rpc cast --fanout");
        }
        Map<String, Object> msg = message.message(spec.commandLine());
        try (RpcBus bus = RpcBus.open(configOptions.load(), target.transportUrl, "jnova-rpc")) {
            long t0 = System.nanoTime();
            Object result = bus.driver().call(target.target(message.namespace, message.version, false),
                    RequestContext.admin().toDict(), msg,
                    CallOptions.of(Duration.ofMillis((long) (target.timeoutSeconds * 1000))));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("result", result);
            out.put("rtt_ms", Math.round((System.nanoTime() - t0) / 10_000.0) / 100.0);
            return RpcOutput.result(spec.commandLine().getOut(), target.format, out);
        } catch (TransportException e) {
            return RpcOutput.failure(spec.commandLine().getOut(), spec.commandLine().getErr(), target.format, e);
        }
    }
}
