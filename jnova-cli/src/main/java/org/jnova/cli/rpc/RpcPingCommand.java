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
import picocli.CommandLine.Spec;

/** {@code jnova rpc ping}: Nova's {@code baserpc} ping (namespace baseapi, version 1.0) with its round-trip time. */
@Command(name = "ping", mixinStandardHelpOptions = true,
        description = "Call baseapi ping on a topic (and server) and print the answer and round-trip time.")
final class RpcPingCommand implements Callable<Integer> {
    @Mixin
    ConfigFileOptions configOptions;

    @Mixin
    RpcTargetOptions target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("method", "ping");
        message.put("args", Map.of("arg", "jnova rpc ping"));
        message.put("namespace", "baseapi");
        message.put("version", "1.0");
        try (RpcBus bus = RpcBus.open(configOptions.load(), target.transportUrl, "jnova-rpc")) {
            long t0 = System.nanoTime();
            Object result = bus.driver().call(target.target("baseapi", "1.0", false),
                    RequestContext.admin().toDict(), message,
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
