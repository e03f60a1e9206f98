package org.jnova.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jnova.adapter.transport.rabbit.RabbitSettings;
import org.jnova.adapter.transport.rabbit.RabbitWire;
import org.jnova.compute.conductor.ComputeTaskRescheduler;
import org.jnova.compute.ops.RescheduleArgs;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.RequestSpec;
import org.jnova.domain.objects.Selection;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.ports.transport.TransportUrl;
import org.jnova.rpcapi.ComputeTaskRpcClient;
import org.junit.jupiter.api.Test;

/**
 * The compute's reschedule cast, {@code build_instances} 1.19 on topic conductor, is taken by a Python
 * oslo server in nova's {@code compute_task} namespace with nova's own serializers: the instance, the
 * request spec and the alternates arrive as nova objects, the retry record with the failure as a dict.
 */
class RescheduleCastToNovaTest {
    @Test
    @SuppressWarnings("unchecked")
    void novasComputeTaskServerDeserializesTheRescheduleIntoNovaObjects() throws Exception {
        PythonPeer.assumeAvailable();
        String uuid = UUID.randomUUID().toString();
        TransportUrl url = TransportUrl.parse(PythonPeer.URL);
        try (PythonPeer sink = PythonPeer.started("compute_task_sink", PythonPeer.URL, "conductor", uuid);
             RpcTransport transport = new RpcTransport(new CoreTransportDriver(new RabbitWire(url, RabbitSettings.from(url, null),
                     "nova", "interop-compute")))) {
            Instance instance = new Instance();
            instance.set("uuid", uuid);
            instance.setVmState(VmState.BUILDING);
            instance.setTaskState(TaskState.SCHEDULING);
            instance.set("host", null);
            RequestSpec spec = new RequestSpec();
            spec.setInstanceUuid(uuid);
            Selection alternate = new Selection();
            alternate.setServiceHost("cmp2");
            alternate.setNodename("cmp2");
            alternate.setComputeNodeUuid(UUID.randomUUID().toString());
            alternate.setCellUuid(UUID.randomUUID().toString());
            RescheduleArgs args = new RescheduleArgs(Map.of("retry", Map.of("num_attempts", 1,
                    "hosts", List.of(List.of("cmp1", "cmp1")))), spec, List.of(alternate), List.of(), null,
                    List.of("default"));
            Map<String, Object> filterProperties = args.withFailure(List.of("Traceback: boom\n"), "spawn failed");
            RequestContext ctx = RequestContext.of("u1", "p1", List.of("member"), false);

            new ComputeTaskRescheduler(new ComputeTaskRpcClient(transport, Duration.ofSeconds(10)))
                    .reschedule(ctx, instance, Map.of("id", "cirros"), "pw", filterProperties, args);

            Map<String, Object> got = sink.nextJson(30);
            assertThat(got).as("what nova's compute_task server received").containsKey("instances");
            assertThat(got.get("context")).isEqualTo("nova.context.RequestContext");
            assertThat(got.get("request_id")).isEqualTo(ctx.requestId());
            assertThat((List<Map<String, Object>>) got.get("instances")).singleElement().satisfies(i -> {
                assertThat(i).containsEntry("class", "Instance").containsEntry("uuid", uuid)
                        .containsEntry("task_state", "scheduling").containsEntry("vm_state", "building");
                assertThat(i).containsKey("host");
                assertThat(i.get("host")).isNull();
            });
            assertThat(got.get("image")).isEqualTo(Map.of("id", "cirros"));
            assertThat(got.get("admin_password")).isEqualTo("pw");
            assertThat(got.get("security_groups")).isEqualTo(List.of("default"));
            assertThat(got.get("request_spec")).isEqualTo(Map.of("class", "RequestSpec", "instance_uuid", uuid));
            assertThat((Map<String, Object>) ((Map<String, Object>) got.get("filter_properties")).get("retry"))
                    .containsEntry("num_attempts", 1L).containsEntry("exc_reason", "spawn failed")
                    .containsEntry("exc", List.of("Traceback: boom\n"));
            assertThat(got.get("host_lists")).isEqualTo(List.of(List.of(Map.of("class", "Selection",
                    "service_host", "cmp2", "nodename", "cmp2"))));
        }
    }
}
