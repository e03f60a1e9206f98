package org.jnova.conductor.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jnova.adapter.transport.fake.FakeTransportDriverFactory;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.RunningService;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.domain.error.UnexpectedTaskStateError;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.messaging.RpcTransport;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.transport.TransportContext;
import org.jnova.ports.transport.TransportUrl;
import org.jnova.rpcapi.BaseRpcClient;
import org.jnova.rpcapi.ConductorRpcClient;
import org.jnova.rpcapi.RemoteObjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** nova-conductor started by its launcher on the fake bus, used through the engine's RPC clients. */
class ConductorLauncherTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ConfigOpts config = NovaOptions.newConfig();
    private RpcTransport transport;
    private RunningService conductor;
    private final RequestContext ctx = RequestContext.of("u1", "p1", List.of("member"), false);

    @BeforeEach
    void start() throws Exception {
        String exchange = "nova-" + UUID.randomUUID();
        transport = RpcTransport.overWire(new FakeTransportDriverFactory().create(TransportUrl.parse("fake://"),
                new TransportContext() {
                    @Override public ConfigView config() { return config; }
                    @Override public String controlExchange() { return exchange; }
                    @Override public String processName() { return "conductor-test"; }
                }));
        config.set("DEFAULT", "host", "cond1");
        config.set("database", "connection", "h2:mem:launcher" + System.nanoTime());
        config.set("conductor", "workers", 2);
        conductor = new ConductorLauncher().start(new ServiceEnvironment(config, null, transport, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        if (conductor != null) {
            conductor.close();
        }
        transport.close();
    }

    @Test
    void answersPingAndRegistersItsServiceRecord() {
        Object pong = new BaseRpcClient(transport, "conductor", TIMEOUT).ping(ctx, "1.21 GigaWatts", TIMEOUT);
        assertThat(pong).isEqualTo(Map.of("service", "conductor", "arg", "1.21 GigaWatts"));

        RemoteObjects objects = new RemoteObjects(new ConductorRpcClient(transport, null, TIMEOUT));
        Service record = objects.serviceGetByHostAndBinary(ctx, "cond1", "nova-conductor");
        assertThat(record.getTopic()).isEqualTo("conductor");
        assertThat(record.getVersion()).isEqualTo(Service.SERVICE_VERSION);
    }

    @Test
    void instanceCreateAndCompareAndSwapSaveWorkOverTheBus() {
        RemoteObjects objects = new RemoteObjects(new ConductorRpcClient(transport, null, TIMEOUT));
        Instance i = new Instance();
        i.set("uuid", UUID.randomUUID().toString());
        i.set("vm_state", "active");
        i.set("task_state", null);
        i.set("host", "cmp1");
        objects.instanceCreate(ctx, i);
        assertThat(i.getId()).isPositive();
        assertThat(i.whatChanged()).isEmpty();

        i.set("task_state", "powering-off");
        objects.instanceSave(ctx, i, TaskStateSet.of((TaskState) null));
        assertThat(objects.instanceGetByUuid(ctx, i.getUuid()).get("task_state")).isEqualTo("powering-off");

        i.set("vm_state", "stopped");
        assertThatThrownBy(() -> objects.instanceSave(ctx, i, TaskStateSet.of((TaskState) null)))
                .isInstanceOf(UnexpectedTaskStateError.class);
    }
}
