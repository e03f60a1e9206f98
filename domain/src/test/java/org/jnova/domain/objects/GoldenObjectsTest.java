package org.jnova.domain.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.wire.GoldenSamples;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.Test;

class GoldenObjectsTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> innerArgs(String sample) {
        String body = PyJson.dumps(GoldenSamples.map(sample));
        return (Map<String, Object>) OsloEnvelope.deserialize(body).get("args");
    }

    /** Python writes nova_object.changes from a set, so its order is arbitrary: compare sorted. */
    @SuppressWarnings("unchecked")
    static <T> T sortedChanges(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, "nova_object.changes".equals(k)
                    ? new java.util.ArrayList<>(new java.util.TreeSet<>((List<String>) v)) : sortedChanges(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new java.util.ArrayList<>();
            l.forEach(v -> out.add(sortedChanges(v)));
            return (T) out;
        }
        return value;
    }

    @Test
    void instancePrimitiveRoundTripsToAnEqualMap() {
        Map<String, Object> golden = GoldenSamples.map("instance_primitive");
        NovaObject obj = NovaObject.fromPrimitive(golden);
        assertThat(obj).isInstanceOf(Instance.class);
        Instance inst = (Instance) obj;
        assertThat(inst.getVmState()).isEqualTo(VmState.STOPPED);
        assertThat(inst.getTaskState()).isNull();
        assertThat(inst.getFlavor().getMemoryMb()).isEqualTo(512);
        assertThat(sortedChanges(inst.toPrimitive())).isEqualTo(sortedChanges(golden));
    }

    @Test
    void objectOnTheWireKeepsPythonFieldOrderByteForByte() {
        Map<String, Object> args = innerArgs("wire_object_action_save");
        @SuppressWarnings("unchecked")
        Map<String, Object> objinst = (Map<String, Object>) args.get("objinst");
        assertThat(PyJson.dumps(sortedChanges(NovaObject.fromPrimitive(objinst).toPrimitive())))
                .isEqualTo(PyJson.dumps(sortedChanges(objinst)));
    }

    @Test
    void servicePrimitivesRoundTrip() {
        for (String key : List.of("service_primitive_from_db", "service_primitive_for_create")) {
            Map<String, Object> golden = GoldenSamples.map(key);
            Service s = (Service) NovaObject.fromPrimitive(golden);
            assertThat(s.getHost()).isEqualTo("cmp1");
            assertThat(sortedChanges(s.toPrimitive())).as(key).isEqualTo(sortedChanges(golden));
        }
        Service created = new Service();
        created.set("host", "cmp1");
        created.set("binary", "nova-compute");
        created.set("report_count", 0);
        created.set("version", Service.SERVICE_VERSION);
        created.set("topic", "compute");
        assertThat(sortedChanges(created.toPrimitive())).isEqualTo(sortedChanges(GoldenSamples.map("service_primitive_for_create")));
    }

    @Test
    void manifestsEqualPythonObjTreeGetVersions() {
        assertThat(ObjectManifest.treeVersions("Instance")).isEqualTo(GoldenSamples.map("instance_manifest"))
                .hasSize(34);
        assertThat(ObjectManifest.treeVersions("Service")).isEqualTo(GoldenSamples.map("service_manifest"));
        assertThat(List.copyOf(new java.util.TreeSet<>(ObjectManifest.treeVersions("InstanceList").keySet())))
                .isEqualTo(GoldenSamples.all().get("instancelist_manifest_keys"));
        // the order matters too: it is the object_versions dict of a real classmethod call
        Object sent = innerArgs("wire_object_class_action_versions").get("object_versions");
        assertThat(PyJson.dumps(ObjectManifest.treeVersions("InstanceList"))).isEqualTo(PyJson.dumps(sent));
        assertThat(ObjectManifest.treeVersions("InstanceActionEvent")).containsExactly(Map.entry("InstanceActionEvent", "1.4"));
    }

    @Test
    void serializerHydratesNestedObjectsInArgsAndWritesThemBack() {
        Map<String, Object> args = innerArgs("wire_object_action_save");
        @SuppressWarnings("unchecked")
        Map<String, Object> hydrated = (Map<String, Object>) ObjectSerializer.deserializeEntity(args);
        Instance inst = (Instance) hydrated.get("objinst");
        assertThat(inst.getFlavor()).isInstanceOf(Flavor.class);
        assertThat(inst.whatChanged()).containsExactly("power_state", "vm_state", "task_state");
        assertThat(hydrated.get("kwargs")).isEqualTo(Map.of("expected_task_state",
                java.util.Arrays.asList("powering-off", null)));
        assertThat(PyJson.dumps(sortedChanges(ObjectSerializer.serializeEntity(hydrated))))
                .isEqualTo(PyJson.dumps(sortedChanges(args)));
        Map<String, Object> unknown = Map.of("nova_object.name", "Migration", "nova_object.data", Map.of());
        assertThat(ObjectSerializer.deserializeEntity(List.of(unknown))).isEqualTo(List.of(unknown));
    }

    @Test
    void listsHoldTypedElementsAndBackportThroughTheManifest() {
        Instance a = (Instance) NovaObject.fromPrimitive(GoldenSamples.map("instance_primitive"));
        a.load("hidden", false);
        InstanceList list = new InstanceList();
        list.add(a);
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).getUuid()).isEqualTo("a1b2c3d4-0000-4000-8000-000000000001");
        Map<String, String> manifest = new java.util.HashMap<>(ObjectManifest.treeVersions("InstanceList"));
        manifest.put("Instance", "2.5");
        manifest.put("Flavor", "1.1");
        Map<String, Object> prim = list.toPrimitive("2.6", manifest);
        InstanceList back = (InstanceList) NovaObject.fromPrimitive(prim);
        Instance b = back.get(0);
        assertThat(b.objVersion()).isEqualTo("2.5");
        assertThat(b.isSet("hidden")).isFalse();
        assertThat(b.getFlavor().objVersion()).isEqualTo("1.1");
        assertThat(b.getFlavor().isSet("description")).isFalse();
        assertThat(b.getVmState()).isEqualTo(VmState.STOPPED);
        b.setTaskState(TaskState.POWERING_ON);
        assertThat(back.whatChanged()).containsExactly("objects");
    }

    @Test
    void everyModeledClassIsRegisteredAtItsZedVersion() {
        Map<String, String> expected = Map.ofEntries(Map.entry("InstanceList", "2.6"), Map.entry("InstanceAction", "1.2"),
                Map.entry("InstanceActionList", "1.1"), Map.entry("InstanceActionEvent", "1.4"),
                Map.entry("InstanceActionEventList", "1.1"), Map.entry("InstanceFault", "1.2"),
                Map.entry("InstanceInfoCache", "1.5"), Map.entry("ComputeNode", "1.19"),
                Map.entry("ComputeNodeList", "1.17"), Map.entry("ServiceList", "1.19"), Map.entry("FlavorList", "1.1"),
                Map.entry("BuildRequest", "1.3"), Map.entry("RequestSpec", "1.14"), Map.entry("ImageMeta", "1.8"),
                Map.entry("BlockDeviceMapping", "1.21"), Map.entry("BlockDeviceMappingList", "1.18"),
                Map.entry("Selection", "1.1"), Map.entry("SchedulerLimits", "1.0"), Map.entry("TagList", "1.1"),
                Map.entry("Tag", "1.1"), Map.entry("SecurityGroupList", "1.1"), Map.entry("SecurityGroup", "1.2"),
                Map.entry("NetworkRequestList", "1.1"), Map.entry("NetworkRequest", "1.3"),
                Map.entry("KeyPairList", "1.3"), Map.entry("EC2Ids", "1.0"));
        assertThat(ObjectRegistry.versions()).containsAllEntriesOf(expected);
    }
}
