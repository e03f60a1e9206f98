package org.jnova.compute.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jnova.adapter.hypervisor.fake.FakeDriverFactory;
import org.jnova.adapter.transport.fake.FakeTransportDriverFactory;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.RunningService;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.compute.testing.Instances;
import org.jnova.compute.testing.MapConfig;
import org.jnova.compute.testing.Poll;
import org.jnova.compute.testing.TestingComputeObjects;
import org.jnova.compute.testing.TestingConductorEndpoint;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcServer;
import org.jnova.messaging.RpcTransport;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.RebootType;
import org.jnova.ports.transport.TransportContext;
import org.jnova.ports.transport.TransportUrl;
import org.jnova.rpcapi.BaseRpcClient;
import org.jnova.rpcapi.BaseRpcEndpoint;
import org.jnova.rpcapi.ComputeRpcClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * nova-compute started by its launcher on the fake bus, against an in-test conductor: start-up (ping,
 * recovery, service record, compute node), then operations cast by the API's RPC client.
 */
class ComputeServiceTest {
    private static final String HOST = "cmp1";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String exchange = "nova-" + UUID.randomUUID();
    private final RpcTransport transport = transport(exchange);
    private final TestingComputeObjects objects = new TestingComputeObjects();
    private final TestingConductorEndpoint conductor = new TestingConductorEndpoint(objects);
    private final RpcServer conductorServer = transport.server(Target.topic("conductor").withServer("cond1"),
            List.of(conductor, new BaseRpcEndpoint("conductor")), 8).start();
    private final HypervisorDriver hypervisor = new FakeDriverFactory().create("fake.FakeDriver", new MapConfig(HOST));
    private final RequestContext apiCtx = RequestContext.of("u1", "p1", List.of("member"), false);
    private RunningService compute;

    private static RpcTransport transport(String exchange) {
        ConfigOpts config = NovaOptions.newConfig();
        return RpcTransport.overWire(new FakeTransportDriverFactory().create(TransportUrl.parse("fake://"),
                new TransportContext() {
                    @Override public ConfigView config() { return config; }
                    @Override public String controlExchange() { return exchange; }
                    @Override public String processName() { return "compute-test"; }
                }));
    }

    @AfterEach
    void stop() {
        if (compute != null) {
            compute.close();
        }
        conductorServer.close();
        transport.close();
    }

    private void startCompute() throws Exception {
        startCompute(hypervisor);
    }

    private void startCompute(HypervisorDriver driver) throws Exception {
        ConfigOpts config = NovaOptions.newConfig()
                .set("DEFAULT", "host", HOST)
                .set("DEFAULT", "periodic_fuzzy_delay", "0")
                .set("DEFAULT", "graceful_shutdown_timeout", "5");
        compute = new ComputeLauncher(driver).start(new ServiceEnvironment(config, null, transport,
                Clock.systemUTC()));
    }

    private Instance guest(VmState vm, TaskState task, Map<String, String> metadata) {
        Instance i = Instances.of(HOST, vm, task, PowerState.RUNNING, metadata);
        hypervisor.spawn(apiCtx, i, Map.of(), null, true);
        return objects.put(i);
    }

    @Test
    void startUpRegistersTheServiceAndTheNodeAndRecoversInstances() throws Exception {
        Instance stuck = guest(VmState.ACTIVE, TaskState.POWERING_OFF, Map.of());

        startCompute();

        Service record = conductor.services.get(HOST + "/nova-compute");
        assertThat(record).isNotNull();
        assertThat(record.getVersion()).isEqualTo(64);
        assertThat(record.getTopic()).isEqualTo("compute");
        ComputeNode node = conductor.computeNodes.get(HOST);
        assertThat(node).isNotNull();
        assertThat(node.getVcpus()).isEqualTo(1000);
        assertThat(node.getRunningVms()).isEqualTo(1);
        assertThat(node.getServiceId()).isEqualTo(record.getId());
        assertThat(objects.stored(stuck.getUuid()).getVmState()).isEqualTo(VmState.STOPPED);
        assertThat(conductor.calls).containsSubsequence("InstanceList.get_by_host",
                "Service.get_by_host_and_binary", "Service.create", "ComputeNode.get_by_host_and_nodename",
                "ComputeNode.create");

        Object pong = new BaseRpcClient(transport, "compute", Duration.ofSeconds(5))
                .ping(apiCtx, "1.21 GigaWatts", null);
        assertThat(pong).isEqualTo(Map.of("service", "compute", "arg", "1.21 GigaWatts"));
    }

    @Test
    void operationsCastByTheApiRunWithTheApisRequestId() throws Exception {
        startCompute();
        ComputeRpcClient api = new ComputeRpcClient(transport, null, Duration.ofSeconds(10));

        Instance fresh = Instances.of(null, VmState.BUILDING, TaskState.SCHEDULING, PowerState.NOSTATE, Map.of());
        fresh = objects.put(fresh);
        api.buildAndRunInstance(apiCtx, fresh, HOST, Map.of(), null, Map.of(), null, null, null, null, null,
                null, null, null, null);
        String uuid = fresh.getUuid();
        Poll.until("the build", WAIT, () -> objects.stored(uuid).getVmState() == VmState.ACTIVE);
        assertThat(objects.stored(uuid).getHost()).isEqualTo(HOST);

        objects.setStoredTaskState(uuid, TaskState.POWERING_OFF);
        api.stopInstance(apiCtx, objects.stored(uuid), true, true);
        Poll.until("the stop", WAIT, () -> objects.stored(uuid).getVmState() == VmState.STOPPED);

        assertThat(api.getConsoleOutput(apiCtx, objects.stored(uuid), 1)).isEqualTo("LAST LINE");

        objects.setStoredTaskState(uuid, TaskState.DELETING);
        api.terminateInstance(apiCtx, objects.stored(uuid), null);
        Poll.until("the delete", WAIT, () -> objects.destroyed.contains(uuid));

        assertThat(objects.eventsOf(uuid)).extracting(e -> e.name()).containsSubsequence(
                "compute__do_build_and_run_instance", "compute_stop_instance", "compute_terminate_instance");
        assertThat(objects.eventsOf(uuid)).allSatisfy(e -> {
            assertThat(e.requestId()).isEqualTo(apiCtx.requestId());
            if (e.finish()) {
                assertThat(e.result()).isEqualTo("Success");
            }
        });
    }

    @Test
    void rebootPauseSuspendAndStartArriveWithNovasArgumentNames() throws Exception {
        startCompute();
        ComputeRpcClient api = new ComputeRpcClient(transport, null, Duration.ofSeconds(10));
        Instance i = guest(VmState.ACTIVE, null, Map.of());
        String uuid = i.getUuid();

        apiStep(api, uuid, TaskState.REBOOTING_HARD, VmState.ACTIVE, PowerState.RUNNING,
                inst -> api.rebootInstance(apiCtx, inst, null, RebootType.HARD));
        apiStep(api, uuid, TaskState.PAUSING, VmState.PAUSED, PowerState.PAUSED, inst -> api.pauseInstance(apiCtx, inst));
        apiStep(api, uuid, TaskState.UNPAUSING, VmState.ACTIVE, PowerState.RUNNING,
                inst -> api.unpauseInstance(apiCtx, inst));
        apiStep(api, uuid, TaskState.SUSPENDING, VmState.SUSPENDED, PowerState.SUSPENDED,
                inst -> api.suspendInstance(apiCtx, inst));
        apiStep(api, uuid, TaskState.RESUMING, VmState.ACTIVE, PowerState.RUNNING,
                inst -> api.resumeInstance(apiCtx, inst));
        apiStep(api, uuid, TaskState.POWERING_OFF, VmState.STOPPED, PowerState.SHUTDOWN,
                inst -> api.stopInstance(apiCtx, inst, true, false));
        apiStep(api, uuid, TaskState.POWERING_ON, VmState.ACTIVE, PowerState.RUNNING,
                inst -> api.startInstance(apiCtx, inst));
        assertThat(objects.faults).isEmpty();
    }

    /** What the API does: set the task state (saved), cast, then the compute brings the instance to rest. */
    private void apiStep(ComputeRpcClient api, String uuid, TaskState task, VmState expectedVm,
                         PowerState expectedPower, java.util.function.Consumer<Instance> cast) {
        objects.setStoredTaskState(uuid, task);
        cast.accept(objects.stored(uuid));
        Poll.until(task + " to finish as " + expectedVm, WAIT, () -> {
            Instance stored = objects.stored(uuid);
            return stored.getTaskState() == null && stored.getVmState() == expectedVm
                    && stored.getPowerState() == expectedPower;
        });
    }

    @Test
    void aCellWithAComputeOlderThanYogaIsRefused() {
        Service old = new Service();
        old.set("id", 1L);
        old.set("host", "old-host");
        old.set("binary", "nova-compute");
        old.set("topic", "compute");
        old.set("version", 57L);
        conductor.services.put("old-host/nova-compute", old);
        assertThatThrownBy(this::startCompute).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minimum compute service level in your cell is 57");
        assertThat(conductor.services).doesNotContainKey(HOST + "/nova-compute");
    }

    @Test
    void gracefulStopLetsABuildInFlightFinish() throws Exception {
        HypervisorDriver slow = new FakeDriverFactory().create("fake.FakeDriver",
                new MapConfig(HOST).set("fake_driver.operation_delay_ms", 700));
        startCompute(slow);
        Instance fresh = objects.put(Instances.of(null, VmState.BUILDING, TaskState.SCHEDULING, PowerState.NOSTATE,
                Map.of()));
        new ComputeRpcClient(transport, null, Duration.ofSeconds(10)).buildAndRunInstance(apiCtx, fresh, HOST,
                Map.of(), null, Map.of(), null, null, null, null, null, null, null, null, null);
        Poll.until("the spawn to start", WAIT,
                () -> objects.stored(fresh.getUuid()).getTaskState() == TaskState.SPAWNING);

        compute.close(); // SIGTERM's path: stop consuming, drain builds, clean up the host
        compute = null;

        Instance stored = objects.stored(fresh.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(stored.getTaskState()).isNull();
    }

    @Test
    void aDriverFailureReachesTheConductorAsFaultAndErrorEvent() throws Exception {
        startCompute();
        Instance i = guest(VmState.ACTIVE, TaskState.POWERING_OFF, Map.of("fake_fail", "power_off"));
        new ComputeRpcClient(transport, null, Duration.ofSeconds(10)).stopInstance(apiCtx, i, true, true);

        Poll.until("the fault", WAIT, () -> !objects.faults.isEmpty());
        Poll.until("the task revert", WAIT, () -> objects.stored(i.getUuid()).getTaskState() == null);
        assertThat(objects.stored(i.getUuid()).getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(objects.faults.get(0).message()).isEqualTo("fake failure injected into power_off for instance "
                + i.getUuid());
        Poll.until("the error event", WAIT, () -> objects.eventsOf(i.getUuid()).size() == 2);
        assertThat(objects.eventsOf(i.getUuid()).get(1).result()).isEqualTo("Error");
    }
}
