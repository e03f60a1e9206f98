package org.jnova.conductor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.conductor.db.Database;
import org.jnova.conductor.db.DatabaseUrl;
import org.jnova.conductor.db.JdbcPersistence;
import org.jnova.domain.error.IncompatibleObjectVersion;
import org.jnova.domain.error.UnexpectedTaskStateError;
import org.jnova.domain.error.UnsupportedObjectError;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.ObjectManifest;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.wire.PyJson;
import org.jnova.messaging.RpcDispatcher;
import org.jnova.rpcapi.BaseRpcEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The conductor's object indirection fed with the golden messages of a real Python nova-compute. */
class ConductorEndpointTest {
    private static final String UUID1 = "a1b2c3d4-0000-4000-8000-000000000001";

    private JdbcPersistence db;
    private RpcDispatcher dispatcher;
    /** Instances whose Placement allocations the handlers gave back. */
    private final List<String> released = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        db = JdbcPersistence.over(Database.open(DatabaseUrl.parse("h2:mem:endpoint" + System.nanoTime(), null), 2,
                null));
        dispatcher = new RpcDispatcher(List.of(new ConductorEndpoint(ConductorObjects.over(db, released::add)),
                new BaseRpcEndpoint("conductor")));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void goldenSaveRepliesWithUpdatesAndNullResult() throws Exception {
        storeInstance(UUID1, "cmp1", "powering-off");
        Map<String, Object> msg = Golden.message("wire_object_action_save");

        Object reply = roundTrip(dispatch(msg));

        assertThat(reply).isInstanceOf(List.class);
        List<?> pair = (List<?>) reply;
        assertThat(pair).hasSize(2);
        assertThat(pair.get(1)).isNull();
        Map<?, ?> updates = (Map<?, ?>) pair.get(0);
        Map<?, ?> golden = (Map<?, ?>) ((List<?>) Golden.message("wire_reply_object_action").get("result")).get(0);
        assertThat(updates.get("obj_what_changed")).isEqualTo(golden.get("obj_what_changed"));
        assertThat((String) updates.get("updated_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        Instance stored = db.instances().getByUuid(UUID1);
        assertThat(stored.get("vm_state")).isEqualTo("stopped");
        assertThat(stored.get("task_state")).isNull();
        assertThat(stored.get("power_state")).isEqualTo(4L);
    }

    @Test
    void goldenSaveAgainstAnotherTaskStateFailsLikeNova() {
        storeInstance(UUID1, "cmp1", "rebooting");
        assertThatThrownBy(() -> dispatch(Golden.message("wire_object_action_save")))
                .isInstanceOf(UnexpectedTaskStateError.class)
                .satisfies(e -> assertThat(((UnexpectedTaskStateError) e).kwargs().get("actual"))
                        .isEqualTo(Map.of("task_state", "rebooting")));
    }

    @Test
    void goldenGetByHostReturnsAnInstanceListWithTheExpectedAttrs() throws Exception {
        storeInstance(UUID1, "cmp1", null);
        storeInstance("a1b2c3d4-0000-4000-8000-000000000002", "cmp2", null);

        Map<?, ?> list = (Map<?, ?>) roundTrip(dispatch(Golden.message("wire_object_class_action_versions")));

        assertThat(list.get("nova_object.name")).isEqualTo("InstanceList");
        assertThat(list.get("nova_object.version")).isEqualTo("2.6");
        List<?> objects = (List<?>) ((Map<?, ?>) list.get("nova_object.data")).get("objects");
        assertThat(objects).hasSize(1);
        Map<?, ?> instance = (Map<?, ?>) objects.get(0);
        assertThat(instance.get("nova_object.version")).isEqualTo("2.7");
        Map<?, ?> data = (Map<?, ?>) instance.get("nova_object.data");
        assertThat(data.get("uuid")).isEqualTo(UUID1);
        assertThat(data.get("metadata")).isEqualTo(Map.of());
        assertThat(data.containsKey("numa_topology")).isTrue();
        assertThat(data.get("numa_topology")).isNull();
        Map<?, ?> cache = (Map<?, ?>) data.get("info_cache");
        assertThat(cache.get("nova_object.name")).isEqualTo("InstanceInfoCache");
        assertThat(((Map<?, ?>) cache.get("nova_object.data")).get("network_info")).isEqualTo("[]");
    }

    @Test
    void olderRequestedVersionIsBackported() throws Exception {
        storeInstance(UUID1, "cmp1", null);
        Map<String, String> manifest = new LinkedHashMap<>(ObjectManifest.treeVersions("Instance"));
        manifest.put("Instance", "2.6");
        Map<?, ?> prim = (Map<?, ?>) dispatch(classCall("Instance", "get_by_uuid", manifest, List.of(UUID1), Map.of()));
        assertThat(prim.get("nova_object.version")).isEqualTo("2.6");
        assertThat(((Map<?, ?>) prim.get("nova_object.data")).containsKey("resources")).isFalse();
    }

    @Test
    void unknownClassesAndIncompatibleVersionsAreRefused() {
        assertThatThrownBy(() -> dispatch(classCall("Gadget", "get", Map.of("Gadget", "1.0"), List.of(), Map.of())))
                .isInstanceOf(UnsupportedObjectError.class);
        assertThatThrownBy(() -> dispatch(classCall("Instance", "get_by_uuid", Map.of("Instance", "3.0"),
                List.of(UUID1), Map.of()))).isInstanceOf(IncompatibleObjectVersion.class);
        assertThatThrownBy(() -> dispatch(classCall("Instance", "get_by_uuid", Map.of("Instance", "2.9"),
                List.of(UUID1), Map.of()))).isInstanceOf(IncompatibleObjectVersion.class);
    }

    @Test
    void classesJnovaDoesNotKeepAnswerAsACellWithoutThem() throws Exception {
        Map<?, ?> migrations = (Map<?, ?>) dispatch(classCall("MigrationList", "get_in_progress_and_error",
                Map.of("MigrationList", "1.5", "Migration", "1.7"), List.of("cmp1", "cmp1"), Map.of()));
        assertThat(migrations.get("nova_object.version")).isEqualTo("1.5");
        assertThat(((Map<?, ?>) migrations.get("nova_object.data")).get("objects")).isEqualTo(List.of());
        assertThatThrownBy(() -> dispatch(classCall("MigrationList", "get_by_filters",
                Map.of("MigrationList", "1.5"), List.of(Map.of()), Map.of())))
                .isInstanceOf(NoSuchObjectMethod.class);
    }

    @Test
    void positionalAndKeywordArgumentsBindByPythonSignature() throws Exception {
        storeInstance(UUID1, "cmp1", null);
        Map<String, String> manifest = ObjectManifest.treeVersions("InstanceList");
        Object byKeyword = dispatch(classCall("InstanceList", "get_by_host", manifest, List.of(),
                Map.of("host", "cmp1")));
        Object positional = dispatch(classCall("InstanceList", "get_by_host", manifest, List.of("cmp1"), Map.of()));
        assertThat(PyJson.dumps(byKeyword)).isEqualTo(PyJson.dumps(positional));
        assertThatThrownBy(() -> dispatch(classCall("InstanceList", "get_by_host", manifest, List.of("cmp1"),
                Map.of("host", "cmp1")))).hasMessageContaining("multiple values for argument 'host'");
    }

    @Test
    void goldenEventStartAttachesToTheRequestsAction() throws Exception {
        Map<String, Object> msg = Golden.message("wire_event_start");
        RequestContext ctx = RequestContext.fromDict(Golden.context(msg));
        db.actions().actionStart(ctx, UUID1, "stop");

        assertThat(dispatch(msg)).isNull();

        long actionId = db.actions().getByRequestId(UUID1, ctx.requestId()).getId();
        assertThat(db.actions().eventsOfAction(actionId)).singleElement()
                .satisfies(e -> {
                    assertThat(e.getEvent()).isEqualTo("compute_stop_instance");
                    assertThat(e.getHost()).isEqualTo("cmp1");
                });
    }

    @Test
    void serviceCreateAndStateReportRoundTrip() throws Exception {
        Map<String, String> manifest = ObjectManifest.treeVersions("Service");
        assertThat(dispatch(classCall("Service", "get_by_host_and_binary", manifest, List.of("cmp1", "nova-compute"),
                Map.of()))).isNull();

        Map<String, Object> create = objectAction(Golden.sample("service_primitive_for_create"), "create");
        Map<?, ?> updates = (Map<?, ?>) ((List<?>) dispatch(create)).get(0);
        assertThat(updates.get("id")).isInstanceOf(Number.class);
        assertThat(updates.get("uuid")).isNotNull();
        assertThat(updates.get("obj_what_changed")).isEqualTo(List.of());

        Map<?, ?> stored = (Map<?, ?>) dispatch(classCall("Service", "get_by_host_and_binary", manifest,
                List.of("cmp1", "nova-compute"), Map.of()));
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) PyJson.loads(PyJson.dumps(stored));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) report.get("nova_object.data");
        data.put("report_count", 1);
        report.put("nova_object.changes", List.of("report_count"));
        Map<?, ?> saved = (Map<?, ?>) ((List<?>) dispatch(objectAction(report, "save"))).get(0);
        assertThat(saved.get("last_seen_up")).isNotNull();
        assertThat(dispatch(classCall("Service", "get_minimum_version", manifest, List.of("nova-compute"),
                Map.of()))).isEqualTo(64);
    }

    @Test
    void aFailedBuildLeavingItsHostAndADestroyReleaseTheAllocationsButARescheduleDoesNot() throws Exception {
        String rescheduled = "a1b2c3d4-0000-4000-8000-000000000002";
        String failed = "a1b2c3d4-0000-4000-8000-000000000003";
        storeInstance(rescheduled, "cmp1", "spawning");
        storeInstance(failed, "cmp1", "spawning");
        dispatch(objectAction(offItsHost(rescheduled, "scheduling"), "save"));
        assertThat(released).as("a reschedule moves its claim instead").isEmpty();
        dispatch(objectAction(offItsHost(failed, null), "save"));
        assertThat(released).containsExactly(failed);

        Instance live = db.instances().getByUuid(rescheduled);
        dispatch(objectAction(live.toPrimitive(), "destroy"));
        assertThat(released).containsExactly(failed, rescheduled);
    }

    /** The instance as a compute sends it after clearing host and node (with the given task state). */
    private Map<String, Object> offItsHost(String uuid, String taskState) {
        Instance i = db.instances().getByUuid(uuid);
        i.resetChanges();
        i.set("host", null);
        i.set("node", null);
        i.set("task_state", taskState);
        i.set("vm_state", taskState == null ? "error" : "building");
        return i.toPrimitive();
    }

    @Test
    void pingAnswersAsTheConductor() throws Exception {
        Map<String, Object> msg = Golden.message("wire_ping");
        assertThat(dispatch(msg)).isEqualTo(Golden.message("wire_reply_ping").get("result"));
    }

    // -- helpers ---------------------------------------------------------------------------

    private Object dispatch(Map<String, Object> message) throws Exception {
        Map<String, Object> ctx = Golden.context(message);
        if (ctx.isEmpty()) {
            ctx = RequestContext.admin().toDict();
        }
        return dispatcher.dispatch(ctx, message);
    }

    private static Object roundTrip(Object reply) {
        return PyJson.loads(PyJson.dumps(reply));
    }

    private static Map<String, Object> classCall(String objName, String method, Map<String, String> manifest,
                                                 List<Object> args, Map<String, Object> kwargs) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("objname", objName);
        a.put("objmethod", method);
        a.put("object_versions", manifest);
        a.put("args", args);
        a.put("kwargs", kwargs);
        return Map.of("method", "object_class_action_versions", "version", "3.0", "args", a);
    }

    private static Map<String, Object> objectAction(Map<String, Object> objinst, String method) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("objinst", objinst);
        a.put("objmethod", method);
        a.put("args", List.of());
        a.put("kwargs", Map.of());
        return Map.of("method", "object_action", "version", "3.0", "args", a);
    }

    private void storeInstance(String uuid, String host, String taskState) {
        Instance i = new Instance();
        i.set("uuid", uuid);
        i.set("host", host);
        i.set("node", host);
        i.set("vm_state", "active");
        i.set("task_state", taskState);
        i.set("power_state", 1L);
        i.set("flavor", db.flavors().getByFlavorId("1"));
        db.instances().create(i);
    }
}
