package org.jnova.rpcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.wire.PyJson;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.RpcVersionCapError;
import org.jnova.ports.hypervisor.RebootType;
import org.junit.jupiter.api.Test;

class ComputeRpcClientTest {
    private final RecordingDriver driver = new RecordingDriver(m -> "console text");
    private final RpcTransport transport = new RpcTransport(driver);
    private final RequestContext ctx = RequestContext.fromDict(GoldenSamples.map("context_to_dict"));

    @SuppressWarnings("unchecked")
    private static Instance goldenInstance() {
        Map<String, Object> args = (Map<String, Object>) GoldenSamples.inner("wire_stop_instance_cast").get("args");
        return (Instance) NovaObject.fromPrimitive((Map<String, Object>) args.get("instance"));
    }

    private static List<String> keys(Object map) {
        List<String> out = new java.util.ArrayList<>();
        ((Map<?, ?>) map).keySet().forEach(k -> out.add((String) k));
        return out;
    }

    private ComputeRpcClient client(String upgradeLevel) {
        return new ComputeRpcClient(transport, upgradeLevel, Duration.ofSeconds(60));
    }

    @Test
    void stopInstanceIsByteForByteTheGoldenCast() {
        client(null).stopInstance(ctx, goldenInstance(), true, true);
        RecordingDriver.Sent sent = driver.last();
        assertThat(sent.call()).isFalse();
        assertThat(sent.target().topic()).isEqualTo("compute");
        assertThat(sent.target().server()).isEqualTo("cmp1");
        Map<String, Object> m = sent.message();
        @SuppressWarnings("unchecked")
        Map<String, Object> wire = OsloMessages.request((String) m.get("method"), (Map<String, Object>) m.get("args"),
                (String) m.get("namespace"), (String) m.get("version"), null, null, null, false, sent.context());
        wire.put("_unique_id", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        // byte for byte, once the changes set is in one order on both sides
        String ours = PyJson.dumps(GoldenSamples.sortedChanges(PyJson.loads(PyJson.dumps(wire))));
        String golden = PyJson.dumps(GoldenSamples.sortedChanges(GoldenSamples.inner("wire_stop_instance_cast")));
        assertThat(ours).isEqualTo(golden);
    }

    @Test
    void stopWithoutCastWaitsForTheCompute() {
        client(null).stopInstance(ctx, goldenInstance(), false, false);
        assertThat(driver.last().call()).isTrue();
        assertThat(driver.last().message().get("args")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("clean_shutdown", false);
    }

    @Test
    void buildAndRunInstanceSendsNovasKwargsInOrderToTheScheduledHost() {
        client(null).buildAndRunInstance(ctx, goldenInstance(), "cmp7", Map.of(), null, Map.of(), "pw", List.of(),
                null, List.of("default"), null, "node7", null, null, null);
        RecordingDriver.Sent sent = driver.last();
        assertThat(sent.target().server()).isEqualTo("cmp7");
        assertThat(sent.message()).containsEntry("method", "build_and_run_instance").containsEntry("version", "6.0");
        assertThat(keys(sent.message().get("args"))).containsExactly("instance", "image",
                "request_spec", "filter_properties", "admin_password", "injected_files", "requested_networks",
                "security_groups", "block_device_mapping", "node", "limits", "host_list", "accel_uuids");
    }

    @Test
    void instanceOperationsGoToTheInstancesHost() {
        ComputeRpcClient c = client(null);
        Instance inst = goldenInstance();
        c.rebootInstance(ctx, inst, null, RebootType.HARD);
        assertThat(driver.last().message()).containsEntry("method", "reboot_instance");
        assertThat(keys(driver.last().message().get("args")))
                .containsExactly("instance", "block_device_info", "reboot_type");
        assertThat(((Map<?, ?>) driver.last().message().get("args")).get("reboot_type")).isEqualTo("HARD");
        assertThat(c.getConsoleOutput(ctx, inst, 10)).isEqualTo("console text");
        assertThat(driver.last().target().server()).isEqualTo("cmp1");
        inst.set("host", null);
        assertThatThrownBy(() -> c.pauseInstance(ctx, inst)).isInstanceOf(NovaException.class)
                .hasMessage("Unable to find host for Instance a1b2c3d4-0000-4000-8000-000000000001");
    }

    @Test
    void versionCapFromUpgradeLevels() {
        client("yoga").startInstance(ctx, goldenInstance());
        assertThat(driver.last().message()).containsEntry("version", "6.0");
        client("zed").startInstance(ctx, goldenInstance());
        client("6.1").startInstance(ctx, goldenInstance());
        client("auto").startInstance(ctx, goldenInstance());
        assertThat(driver.sent).hasSize(4);
        assertThatThrownBy(() -> client("victoria").startInstance(ctx, goldenInstance()))
                .isInstanceOf(RpcVersionCapError.class);
        assertThatThrownBy(() -> client("5.13").stopInstance(ctx, goldenInstance(), true, true))
                .isInstanceOf(RpcVersionCapError.class);
        assertThat(driver.sent).hasSize(4);
        assertThat(client("victoria").client().canSendVersion("6.0")).isFalse();
        assertThatThrownBy(() -> client("mars")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[upgrade_levels] compute = 'mars'");
    }

    @Test
    void longResponseTimeoutsAreMonitored() {
        new ComputeRpcClient(transport, null, Duration.ofSeconds(180)).getConsoleOutput(ctx, goldenInstance(), null);
        assertThat(driver.last().callOptions().callMonitorTimeout()).isEqualTo(60);
        assertThat(driver.last().callOptions().timeout()).isEqualTo(Duration.ofSeconds(180));
        client(null).getConsoleOutput(ctx, goldenInstance(), null);
        assertThat(driver.last().callOptions().callMonitorTimeout()).isNull();
    }
}
