package org.jnova.conductor.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jnova.domain.error.ComputeHostNotFound;
import org.jnova.domain.error.FlavorNotFound;
import org.jnova.domain.error.InstanceActionEventNotFound;
import org.jnova.domain.error.InstanceActionNotFound;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.InstanceUpdateConflict;
import org.jnova.domain.error.ServiceBinaryExists;
import org.jnova.domain.error.ServiceTopicExists;
import org.jnova.domain.error.UnexpectedDeletingTaskStateError;
import org.jnova.domain.error.UnexpectedTaskStateError;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceAction;
import org.jnova.domain.objects.InstanceActionEvent;
import org.jnova.domain.objects.InstanceFault;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.persistence.InstanceQuery;
import org.jnova.ports.persistence.Persistence;
import org.jnova.ports.persistence.StateExpectation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every database behind the repositories must do, run once per database. Each test uses its own
 * hosts and uuids, so tests share one migrated database per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {
    private TestDatabases.Handle handle;
    private Persistence db;

    abstract TestDatabases.Handle open();

    @BeforeAll
    void openDatabase() {
        handle = open();
        db = JdbcPersistence.over(handle.db());
    }

    @AfterAll
    void dropDatabase() {
        if (handle != null) {
            handle.close();
        }
    }

    // -- flavors -----------------------------------------------------------------------------

    @Test
    void classicFlavorsAreSeededInFlavorIdOrder() {
        Flavor tiny = db.flavors().getByFlavorId("1");
        assertThat(tiny.getName()).isEqualTo("m1.tiny");
        assertThat(tiny.getMemoryMb()).isEqualTo(512);
        assertThat(tiny.getVcpus()).isEqualTo(1);
        assertThat(tiny.getRootGb()).isEqualTo(1);
        assertThat(db.flavors().listAll(false)).extracting(Flavor::getName)
                .containsExactly("m1.tiny", "m1.small", "m1.medium", "m1.large", "m1.xlarge");
        Flavor xlarge = db.flavors().getByFlavorId("5");
        assertThat(List.of(xlarge.getMemoryMb(), xlarge.getVcpus(), xlarge.getRootGb()))
                .containsExactly(16384, 8, 160);
        assertThatThrownBy(() -> db.flavors().getByFlavorId("99")).isInstanceOf(FlavorNotFound.class);
    }

    @Test
    void seedingTwiceKeepsFiveFlavors() {
        JdbcPersistence.over(handle.db());
        assertThat(db.flavors().listAll(true)).hasSize(5);
    }

    // -- instances ---------------------------------------------------------------------------

    @Test
    void createdInstanceComesBackWithItsFlavorAndColumnDefaults() {
        Instance created = db.instances().create(newInstance("h-create", null));
        assertThat(created.getId()).isPositive();
        assertThat(created.get("created_at")).isNotNull();
        assertThat(created.whatChanged()).isEmpty();

        Instance loaded = db.instances().getByUuid(created.getUuid());
        assertThat(loaded.getId()).isEqualTo(created.getId());
        assertThat(loaded.getFlavor().getName()).isEqualTo("m1.tiny");
        assertThat(loaded.getFlavor().getMemoryMb()).isEqualTo(512);
        assertThat(loaded.get("locked")).isEqualTo(false);
        assertThat(loaded.isSet("launched_at")).isTrue();
        assertThat(loaded.get("launched_at")).isNull();
        assertThat(loaded.get("deleted")).isEqualTo(false);
        assertThatThrownBy(() -> db.instances().getByUuid(UUID.randomUUID().toString()))
                .isInstanceOf(InstanceNotFound.class);
    }

    @Test
    void saveWithMatchingExpectationWritesOnlyChangedFields() {
        Instance created = db.instances().create(newInstance("h-cas", "powering-off"));
        Instance mine = db.instances().getByUuid(created.getUuid());
        mine.load("display_name", "not-marked-changed");
        mine.set("task_state", null);
        mine.set("vm_state", "stopped");

        Instance saved = db.instances().save(mine, new StateExpectation(java.util.Arrays.asList("powering-off", null),
                null));

        assertThat(saved.get("task_state")).isNull();
        assertThat(saved.get("updated_at")).isNotNull();
        Instance stored = db.instances().getByUuid(created.getUuid());
        assertThat(stored.get("vm_state")).isEqualTo("stopped");
        assertThat(stored.getDisplayName()).isEqualTo("vm-h-cas");
    }

    @Test
    void taskStateMismatchIsUnexpectedTaskStateErrorWithNovaKwargs() {
        Instance created = db.instances().create(newInstance("h-conflict", null));
        Instance mine = db.instances().getByUuid(created.getUuid());
        mine.set("task_state", null);
        String uuid = created.getUuid();

        assertThatThrownBy(() -> db.instances().save(mine, StateExpectation.taskState("powering-off")))
                .isExactlyInstanceOf(UnexpectedTaskStateError.class)
                .hasMessage("Conflict updating instance " + uuid + ". Expected: {'task_state': ['powering-off']}."
                        + " Actual: {'task_state': None}")
                .satisfies(e -> {
                    Map<String, Object> kw = ((UnexpectedTaskStateError) e).kwargs();
                    assertThat(kw.get("instance_uuid")).isEqualTo(uuid);
                    assertThat(kw.get("expected")).isEqualTo(Map.of("task_state", List.of("powering-off")));
                    assertThat(kw.get("actual")).isEqualTo(java.util.Collections.singletonMap("task_state", null));
                    assertThat(kw.get("code")).isEqualTo(500);
                });
    }

    @Test
    void deletingTaskStateAndVmStateConflictsHaveTheirOwnErrors() {
        Instance deleting = db.instances().create(newInstance("h-deleting", "deleting"));
        Instance a = db.instances().getByUuid(deleting.getUuid());
        a.set("task_state", "powering-off");
        assertThatThrownBy(() -> db.instances().save(a, StateExpectation.taskState((String) null)))
                .isExactlyInstanceOf(UnexpectedDeletingTaskStateError.class);

        Instance active = db.instances().create(newInstance("h-vmstate", null));
        Instance b = db.instances().getByUuid(active.getUuid());
        b.set("power_state", 4L);
        assertThatThrownBy(() -> db.instances().save(b, new StateExpectation(null, List.of("stopped"))))
                .isExactlyInstanceOf(InstanceUpdateConflict.class)
                .satisfies(e -> assertThat(((InstanceUpdateConflict) e).kwargs().get("actual"))
                        .isEqualTo(Map.of("vm_state", "active")));
        assertThat(db.instances().getByUuid(active.getUuid()).get("power_state")).isNotEqualTo(4L);
    }

    @Test
    void softDeleteSetsDeletedToTheRowIdAndHidesTheInstance() throws Exception {
        Instance created = db.instances().create(newInstance("h-delete", null));
        Instance gone = db.instances().destroy(created.getUuid(), false);
        assertThat(gone.get("deleted")).isEqualTo(true);
        assertThat(gone.get("deleted_at")).isNotNull();
        assertThatThrownBy(() -> db.instances().getByUuid(created.getUuid())).isInstanceOf(InstanceNotFound.class);
        assertThat(db.instances().listByHost("h-delete")).isEmpty();
        try (Connection c = handle.db().connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, deleted FROM instances WHERE uuid = ?")) {
            ps.setString(1, created.getUuid());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong("deleted")).isEqualTo(rs.getLong("id"));
            }
        }
        InstanceQuery deleted = new InstanceQuery(true, null, "h-delete", null, null, null, null, null, null);
        assertThat(db.instances().listByFilters(deleted)).extracting(Instance::getUuid)
                .containsExactly(created.getUuid());
    }

    @Test
    void listsByHostAndFiltersWithSortingAndPaging() {
        Instance one = db.instances().create(newInstance("h-list", null));
        Instance two = db.instances().create(newInstance("h-list", null));
        Instance three = db.instances().create(newInstance("h-list", null));
        db.instances().create(newInstance("h-other", null));

        assertThat(db.instances().listByHost("h-list")).extracting(Instance::getUuid)
                .containsExactly(one.getUuid(), two.getUuid(), three.getUuid());
        InstanceQuery byUuid = new InstanceQuery(null, "p1", null, List.of(one.getUuid(), three.getUuid()),
                List.of("active"), "id", "asc", null, null);
        assertThat(db.instances().listByFilters(byUuid)).extracting(Instance::getUuid)
                .containsExactly(one.getUuid(), three.getUuid());
        InstanceQuery page = new InstanceQuery(null, null, "h-list", null, null, "id", "desc", 1, three.getUuid());
        assertThat(db.instances().listByFilters(page)).extracting(Instance::getUuid).containsExactly(two.getUuid());
    }

    // -- services ----------------------------------------------------------------------------

    @Test
    void servicesAreUniquePerHostBinaryAndHostTopic() {
        Service created = db.services().create(newService("svc-1", "nova-compute", "compute"));
        assertThat(created.getId()).isPositive();
        assertThat(created.getUuid()).isNotBlank();
        assertThat(db.services().getByHostAndBinary("svc-1", "nova-compute").getId()).isEqualTo(created.getId());
        assertThat(db.services().getByHostAndBinary("svc-1", "nova-conductor")).isNull();

        assertThatThrownBy(() -> db.services().create(newService("svc-1", "nova-compute", "other")))
                .isInstanceOf(ServiceBinaryExists.class);
        assertThatThrownBy(() -> db.services().create(newService("svc-1", "nova-other", "compute")))
                .isInstanceOf(ServiceTopicExists.class);

        db.services().destroy(created.getId());
        assertThat(db.services().getByHostAndBinary("svc-1", "nova-compute")).isNull();
        assertThat(db.services().create(newService("svc-1", "nova-compute", "compute")).getId())
                .isNotEqualTo(created.getId());
    }

    @Test
    void reportCountIncreaseSetsLastSeenUp() {
        Service created = db.services().create(newService("svc-report", "nova-compute", "compute"));
        assertThat(created.getLastSeenUp()).isNull();

        Service other = db.services().getById(created.getId());
        other.set("disabled", true);
        assertThat(db.services().save(other).getLastSeenUp()).isNull();

        Service report = db.services().getById(created.getId());
        report.set("report_count", report.getReportCount() + 1);
        Service saved = db.services().save(report);
        assertThat(saved.getLastSeenUp()).isNotNull();
        assertThat(saved.getReportCount()).isEqualTo(1);
        assertThat(saved.isDisabled()).isTrue();
    }

    @Test
    void minimumVersionIgnoresDeletedAndForcedDownServices() {
        String binary = "nova-minver-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(db.services().minimumVersion(binary)).isZero();
        Service old = newService("mv-1", binary, "t1");
        old.set("version", 50L);
        Service oldRow = db.services().create(old);
        Service down = newService("mv-2", binary, "t2");
        down.set("version", 40L);
        down.set("forced_down", true);
        db.services().create(down);
        Service current = newService("mv-3", binary, "t3");
        current.set("version", 64L);
        db.services().create(current);

        assertThat(db.services().minimumVersion(binary)).isEqualTo(50);
        db.services().destroy(oldRow.getId());
        assertThat(db.services().minimumVersion(binary)).isEqualTo(64);
    }

    // -- actions and events ------------------------------------------------------------------

    @Test
    void eventsAttachToTheRequestsActionAndRecordFailures() {
        String uuid = UUID.randomUUID().toString();
        RequestContext user = RequestContext.of("u1", "p1", List.of("member"), false);
        InstanceAction action = db.actions().actionStart(user, uuid, "stop");
        assertThat(action.getRequestId()).isEqualTo(user.requestId());
        assertThat(action.getProjectId()).isEqualTo("p1");
        assertThat(action.getStartTime()).isNotNull();

        InstanceActionEvent started = db.actions().eventStart(user, uuid, "compute_stop_instance", "cmp1");
        assertThat(started.getActionId()).isEqualTo(action.getId());
        assertThat(started.getHost()).isEqualTo("cmp1");

        InstanceActionEvent failed = db.actions().eventFinish(user, uuid, "compute_stop_instance", "boom",
                "Traceback (most recent call last):\n");
        assertThat(failed.getResult()).isEqualTo("Error");
        assertThat(failed.getDetails()).isEqualTo("boom");
        assertThat(failed.getFinishTime()).isNotNull();
        assertThat(db.actions().getByRequestId(uuid, user.requestId()).getMessage()).isEqualTo("Error");
        assertThat(db.actions().eventsOfAction(action.getId())).extracting(InstanceActionEvent::getResult)
                .containsExactly("Error");

        db.actions().eventStart(user, uuid, "compute_start_instance", "cmp1");
        assertThat(db.actions().eventFinish(user, uuid, "compute_start_instance", null, null).getResult())
                .isEqualTo("Success");
        assertThatThrownBy(() -> db.actions().eventFinish(user, uuid, "never_started", null, null))
                .isInstanceOf(InstanceActionEventNotFound.class);
    }

    @Test
    void contextWithoutProjectFallsBackToTheNewestActionOthersFail() {
        String uuid = UUID.randomUUID().toString();
        RequestContext user = RequestContext.of("u1", "p1", List.of(), false);
        db.actions().actionStart(user, uuid, "create");
        InstanceAction newest = db.actions().actionStart(RequestContext.of("u1", "p1", List.of(), false), uuid,
                "reboot");

        InstanceActionEvent event = db.actions().eventStart(RequestContext.admin(), uuid, "compute_init", "h");
        assertThat(event.getActionId()).isEqualTo(newest.getId());

        RequestContext otherUserRequest = RequestContext.of("u2", "p2", List.of(), false);
        assertThatThrownBy(() -> db.actions().eventStart(otherUserRequest, uuid, "compute_x", "h"))
                .isInstanceOf(InstanceActionNotFound.class);
        assertThat(db.actions().listByInstance(uuid, null, null)).extracting(InstanceAction::getAction)
                .containsExactly("reboot", "create");
    }

    // -- faults and compute nodes ------------------------------------------------------------

    @Test
    void latestFaultIsTheNewest() {
        String uuid = UUID.randomUUID().toString();
        assertThat(db.faults().latestForInstance(uuid)).isNull();
        db.faults().create(fault(uuid, "first"));
        InstanceFault second = db.faults().create(fault(uuid, "second"));
        assertThat(second.getId()).isPositive();
        assertThat(db.faults().latestForInstance(uuid).getMessage()).isEqualTo("second");
    }

    @Test
    void computeNodesAreFoundByHostAndNodenameAndSaved() {
        ComputeNode node = new ComputeNode();
        node.set("host", "cn-1");
        node.set("hypervisor_hostname", "cn-1");
        node.set("vcpus", 8L);
        node.set("memory_mb", 16384L);
        node.set("memory_mb_used", 512L);
        ComputeNode created = db.computeNodes().create(node);
        assertThat(created.getUuid()).isNotBlank();

        ComputeNode loaded = db.computeNodes().getByHostAndNodename("cn-1", "cn-1");
        loaded.set("memory_mb_used", 1024L);
        db.computeNodes().save(loaded);
        assertThat(db.computeNodes().listByHost("cn-1")).singleElement()
                .satisfies(n -> assertThat(n.getMemoryMbUsed()).isEqualTo(1024L));
        assertThatThrownBy(() -> db.computeNodes().getByHostAndNodename("cn-1", "nope"))
                .isInstanceOf(ComputeHostNotFound.class);
    }

    // -- helpers -----------------------------------------------------------------------------

    private Instance newInstance(String host, String taskState) {
        Instance i = new Instance();
        i.set("uuid", UUID.randomUUID().toString());
        i.set("host", host);
        i.set("node", host);
        i.set("project_id", "p1");
        i.set("user_id", "u1");
        i.set("display_name", "vm-" + host);
        i.set("vm_state", "active");
        i.set("task_state", taskState);
        i.set("power_state", 1L);
        i.set("flavor", db.flavors().getByFlavorId("1"));
        return i;
    }

    private static Service newService(String host, String binary, String topic) {
        Service s = new Service();
        s.set("host", host);
        s.set("binary", binary);
        s.set("topic", topic);
        s.set("report_count", 0L);
        s.set("version", 64L);
        return s;
    }

    private static InstanceFault fault(String uuid, String message) {
        InstanceFault f = new InstanceFault();
        f.set("instance_uuid", uuid);
        f.set("code", 500L);
        f.set("message", message);
        f.set("details", "");
        f.set("host", "h");
        return f;
    }
}
