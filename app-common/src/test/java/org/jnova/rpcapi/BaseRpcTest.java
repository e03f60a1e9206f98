package org.jnova.rpcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.FakeTransports;
import org.jnova.messaging.RpcServer;
import org.jnova.messaging.RpcTransport;
import org.junit.jupiter.api.Test;

class BaseRpcTest {
    @Test
    void pingRoundTripOverTheFakeBus() {
        try (RpcTransport transport = FakeTransports.transport(FakeTransports.newExchange());
             RpcServer server = transport.server(new Target(null, "conductor", "c1", null, null, false),
                     List.of(new BaseRpcEndpoint("conductor")), 2).start()) {
            BaseRpcClient client = new BaseRpcClient(transport, "conductor", Duration.ofSeconds(60));
            Object pong = client.ping(RequestContext.admin(), "1.21 GigaWatts", Duration.ofSeconds(10));
            assertThat(pong).isEqualTo(Map.of("service", "conductor", "arg", "1.21 GigaWatts"));
            assertThat(client.getBackdoorPort(RequestContext.admin(), "c1")).isNull();
        }
    }

    @Test
    void pingIsTheGoldenMessage() {
        RecordingDriver driver = new RecordingDriver(m -> Map.of("service", "conductor", "arg", "x"));
        new BaseRpcClient(new RpcTransport(driver), "conductor", null)
                .ping(RequestContext.admin(), "1.21 GigaWatts", Duration.ofSeconds(10));
        Map<String, Object> golden = GoldenSamples.inner("wire_ping");
        assertThat(driver.last().message()).containsEntry("method", golden.get("method"))
                .containsEntry("args", golden.get("args")).containsEntry("namespace", "baseapi")
                .containsEntry("version", "1.0");
        assertThat(driver.last().target().server()).isNull();
        assertThat(driver.last().callOptions().timeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
