package org.jnova.rpcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceList;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.messaging.RpcTransport;
import org.junit.jupiter.api.Test;

class ConductorRpcClientTest {
    private final RequestContext ctx = RequestContext.fromDict(GoldenSamples.map("context_to_dict"));

    private static RemoteObjects remote(RecordingDriver driver) {
        return new RemoteObjects(new ConductorRpcClient(new RpcTransport(driver), null, Duration.ofSeconds(60)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> goldenArgs(String sample) {
        return (Map<String, Object>) GoldenSamples.inner(sample).get("args");
    }

    @SuppressWarnings("unchecked")
    private static Instance goldenInstance() {
        return (Instance) NovaObject.fromPrimitive((Map<String, Object>) goldenArgs("wire_object_action_save")
                .get("objinst"));
    }

    @Test
    void saveSendsTheGoldenObjectActionAndAppliesTheUpdates() {
        Object goldenResult = GoldenSamples.inner("wire_reply_object_action").get("result");
        RecordingDriver driver = new RecordingDriver(m -> goldenResult);
        Instance inst = goldenInstance();
        assertThat(inst.whatChanged()).isNotEmpty();
        remote(driver).instanceSave(ctx, inst, TaskStateSet.of(TaskState.POWERING_OFF, null));
        RecordingDriver.Sent sent = driver.last();
        assertThat(sent.call()).isTrue();
        assertThat(sent.target().topic()).isEqualTo("conductor");
        assertThat(sent.target().server()).isNull();
        assertThat(sent.message()).containsEntry("method", "object_action").containsEntry("version", "3.0")
                .doesNotContainKey("namespace");
        assertThat(GoldenSamples.sortedChanges(sent.message().get("args")))
                .isEqualTo(GoldenSamples.sortedChanges(goldenArgs("wire_object_action_save")));
        assertThat(inst.get("updated_at")).isEqualTo(Instant.parse("2024-01-02T03:05:00Z"));
        assertThat(inst.getPowerState().code()).isEqualTo(4);
        assertThat(inst.whatChanged()).isEmpty();
    }

    @Test
    void theConductorsChangedFieldsBecomeTheObjectsChanges() {
        Function<Map<String, Object>, Object> answer = m -> {
            Map<String, Object> updates = new LinkedHashMap<>();
            updates.put("task_state", "spawning");
            updates.put("launched_at", "2024-01-02T03:06:00Z");
            updates.put("not_a_field", 1);
            updates.put("obj_what_changed", List.of("task_state"));
            List<Object> pair = new ArrayList<>();
            pair.add(updates);
            pair.add("result");
            return pair;
        };
        Instance inst = goldenInstance();
        Object result = new ConductorRpcClient(new RpcTransport(new RecordingDriver(answer)), null, null)
                .objectAction(ctx, inst, "refresh", List.of(), Map.of());
        assertThat(result).isEqualTo("result");
        assertThat(inst.getTaskState()).isEqualTo(TaskState.SPAWNING);
        assertThat(inst.getLaunchedAt()).isEqualTo(Instant.parse("2024-01-02T03:06:00Z"));
        assertThat(inst.whatChanged()).containsExactly("task_state");
    }

    @Test
    void classActionsSendTheGoldenArgumentsAndReturnTypedObjects() {
        Map<String, Object> listPrimitive = new LinkedHashMap<>();
        listPrimitive.put("nova_object.name", "InstanceList");
        listPrimitive.put("nova_object.namespace", "nova");
        listPrimitive.put("nova_object.version", "2.6");
        listPrimitive.put("nova_object.data", Map.of("objects",
                List.of(goldenArgs("wire_object_action_save").get("objinst"))));
        RecordingDriver driver = new RecordingDriver(m -> listPrimitive);
        InstanceList list = remote(driver).instanceListGetByHost(ctx, "cmp1",
                List.of("info_cache", "metadata", "numa_topology"));
        assertThat(driver.last().message().get("args")).isEqualTo(goldenArgs("wire_object_class_action_versions"));
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).getUuid()).isEqualTo("a1b2c3d4-0000-4000-8000-000000000001");
    }

    @Test
    void eventCallsMatchTheGoldenSamples() {
        RecordingDriver driver = new RecordingDriver(m -> null);
        RemoteObjects ro = remote(driver);
        ro.eventStart(ctx, "a1b2c3d4-0000-4000-8000-000000000001", "compute_stop_instance", "cmp1");
        assertThat(driver.last().message().get("args")).isEqualTo(goldenArgs("wire_event_start"));
        ro.eventFinishWithFailure(ctx, "a1b2c3d4-0000-4000-8000-000000000001", "compute_stop_instance", null, null);
        assertThat(driver.last().message().get("args"))
                .isEqualTo(goldenArgs("wire_event_finish_with_failure_success"));
        assertThat(ro.serviceGetByHostAndBinary(ctx, "cmp1", "nova-compute")).isNull();
        assertThat(ro.serviceGetMinimumVersion(ctx, "nova-compute")).isZero();
    }
}
