package org.jnova.conductor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jnova.conductor.db.Database;
import org.jnova.conductor.db.DatabaseUrl;
import org.jnova.conductor.db.JdbcPersistence;
import java.time.Duration;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.conductor.db.JdbcPlacementService;
import org.jnova.conductor.scheduler.FilterScheduler;
import org.jnova.conductor.scheduler.InventorySync;
import org.jnova.domain.objects.BuildRequest;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceFault;
import org.jnova.domain.objects.RequestSpec;
import org.jnova.domain.objects.Selection;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.messaging.RpcArgs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The build paths: schedule, store, record the create action, cast; NoValidHost; reschedules. */
class ComputeTaskEndpointTest {
    /** One build_and_run_instance cast the endpoint made. */
    private record Cast(String uuid, String host, String node, List<Selection> alternates, Object filterProperties) {
    }

    private JdbcPersistence db;
    private JdbcPlacementService placement;
    private final List<Cast> casts = new ArrayList<>();
    private ComputeTaskEndpoint endpoint;
    private final RequestContext ctx = RequestContext.of("u1", "p1", List.of("member"), false);

    @BeforeEach
    void setUp() {
        Database database = Database.open(DatabaseUrl.parse("h2:mem:tasks" + System.nanoTime(), null), 2, null);
        db = JdbcPersistence.over(database);
        placement = JdbcPlacementService.over(database);
        FilterScheduler scheduler = new FilterScheduler(db.computeNodes(), db.services(), placement, s -> true,
                new InventorySync(new ProviderReporter(placement)), Duration.ZERO);
        endpoint = new ComputeTaskEndpoint(scheduler, db, (c, instance, host, node, args, alternates) ->
                casts.add(new Cast(instance.getUuid(), host, node, alternates, args.filterProperties())), "cond1");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void scheduledInstancesAreStoredOnTheirHostGivenACreateActionAndCast() throws Exception {
        addCompute("cmp1", 4096);
        addCompute("cmp2", 2048);
        Instance a = newInstance();
        Instance b = newInstance();

        endpoint.scheduleAndBuildInstances(ctx, scheduleArgs(a, b));

        assertThat(casts).extracting(Cast::host).containsExactlyInAnyOrder("cmp1", "cmp1");
        Instance stored = db.instances().getByUuid(a.getUuid());
        assertThat(stored.getHost()).isEqualTo("cmp1");
        assertThat(stored.getNode()).isEqualTo("cmp1");
        assertThat(stored.get("memory_mb")).isEqualTo(512L);
        assertThat(db.actions().getByRequestId(a.getUuid(), ctx.requestId()).getAction()).isEqualTo("create");
        assertThat(casts.get(0).alternates()).extracting(Selection::getServiceHost).containsExactly("cmp2");
        assertThat(casts.get(0).filterProperties()).asString().contains("num_attempts=1");
        String node = db.computeNodes().getByHostAndNodename("cmp1", "cmp1").getUuid();
        assertThat(placement.allocations(a.getUuid()).allocations()).containsOnlyKeys(node);
        assertThat(placement.allocations(a.getUuid()).projectId()).isEqualTo("p1");
        assertThat(placement.allocations(a.getUuid()).userId()).isEqualTo("u1");
        assertThat(casts.get(0).alternates().get(0).get("allocation_request")).asString()
                .contains(casts.get(0).alternates().get(0).getComputeNodeUuid()).contains("\"MEMORY_MB\": 512");
    }

    @Test
    void noValidHostPutsTheInstanceInErrorWithAFaultAndCastsNothing() throws Exception {
        Instance a = newInstance();

        endpoint.scheduleAndBuildInstances(ctx, scheduleArgs(a));

        assertThat(casts).isEmpty();
        Instance stored = db.instances().getByUuid(a.getUuid());
        assertThat(stored.get("vm_state")).isEqualTo("error");
        assertThat(stored.get("task_state")).isNull();
        InstanceFault fault = db.faults().latestForInstance(a.getUuid());
        assertThat(fault.getMessage()).isEqualTo("No valid host was found. There are not enough hosts available.");
        assertThat(fault.getCode()).isEqualTo(500L);
        assertThat(fault.getHost()).isEqualTo("cond1");
    }

    @Test
    void rescheduleTakesTheNextAlternateAndFailsWhenNoneIsLeft() throws Exception {
        addCompute("cmp1", 4096);
        addCompute("cmp2", 4096);
        Instance a = newInstance();
        endpoint.scheduleAndBuildInstances(ctx, scheduleArgs(a));
        Cast first = casts.get(0);
        Instance failed = db.instances().getByUuid(a.getUuid());

        endpoint.buildInstances(ctx, buildArgs(failed, first.alternates(), first.host()));
        assertThat(casts).hasSize(2);
        assertThat(placement.allocations(a.getUuid()).allocations()).as("the claim moved with the reschedule")
                .containsOnlyKeys(first.alternates().get(0).getComputeNodeUuid());
        assertThat(casts.get(1).host()).isNotEqualTo(first.host()).isEqualTo(first.alternates().get(0).getServiceHost());
        assertThat(db.instances().getByUuid(a.getUuid()).getHost()).isEqualTo(casts.get(1).host());
        assertThat(casts.get(1).filterProperties()).asString().contains("num_attempts=2")
                .contains("hosts=[[" + first.host() + ", " + first.host() + "], [" + casts.get(1).host() + ", "
                        + casts.get(1).host() + "]]");

        endpoint.buildInstances(ctx, buildArgs(db.instances().getByUuid(a.getUuid()), List.of(), casts.get(1).host()));
        assertThat(casts).hasSize(2);
        assertThat(db.instances().getByUuid(a.getUuid()).get("vm_state")).isEqualTo("error");
        assertThat(db.faults().latestForInstance(a.getUuid()).getMessage()).contains("Exhausted all hosts");
        assertThat(placement.allocations(a.getUuid()).isEmpty()).as("a build that goes nowhere releases").isTrue();
        assertThat(db.instances().getByUuid(a.getUuid()).getHost()).isNull();
    }

    @Test
    void aRescheduleToAnAlternateThatFilledUpMeanwhileTriesTheNext() throws Exception {
        addCompute("cmp1", 4096);
        addCompute("cmp2", 1024);
        addCompute("cmp3", 512);
        Instance a = newInstance();
        endpoint.scheduleAndBuildInstances(ctx, scheduleArgs(a));
        Cast first = casts.get(0);
        assertThat(first.alternates()).extracting(Selection::getServiceHost).containsExactly("cmp2", "cmp3");
        // another conductor fills cmp2 (1536 MB) before the reschedule comes back
        String cmp2 = first.alternates().get(0).getComputeNodeUuid();
        for (int i = 0; i < 2; i++) {
            placement.claim(org.jnova.ports.placement.AllocationClaim.onProvider(UUID.randomUUID().toString(), "p",
                    "u", cmp2, Map.of("MEMORY_MB", 768L)));
        }

        endpoint.buildInstances(ctx, buildArgs(db.instances().getByUuid(a.getUuid()), first.alternates(), "cmp1"));
        assertThat(casts.get(1).host()).isEqualTo("cmp3");
        assertThat(placement.allocations(a.getUuid()).allocations())
                .containsOnlyKeys(first.alternates().get(1).getComputeNodeUuid());
    }

    @Test
    void anInstanceDeletedWhileSchedulingIsNotBroughtBack() throws Exception {
        addCompute("cmp1", 4096);
        Instance a = db.instances().create(newInstance());
        db.instances().destroy(a.getUuid(), false);

        endpoint.scheduleAndBuildInstances(ctx, scheduleArgs(a));

        assertThat(casts).isEmpty();
        assertThat(db.instances().listByHost("cmp1")).isEmpty();
        assertThat(placement.allocations(a.getUuid()).isEmpty()).as("its claim was released").isTrue();
    }

    // -- helpers -----------------------------------------------------------------------------

    private RpcArgs scheduleArgs(Instance... instances) {
        List<Object> builds = new ArrayList<>();
        List<Object> specs = new ArrayList<>();
        for (Instance i : instances) {
            BuildRequest b = new BuildRequest();
            b.set("instance_uuid", i.getUuid());
            b.set("project_id", "p1");
            b.set("instance", i);
            builds.add(b);
            RequestSpec s = new RequestSpec();
            s.set("instance_uuid", i.getUuid());
            s.set("flavor", tiny());
            s.set("num_instances", (long) instances.length);
            specs.add(s);
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("build_requests", builds);
        a.put("request_specs", specs);
        a.put("image", Map.of("id", "155d900f-4e14-4e4c-a73d-069cbf4541e6"));
        a.put("admin_password", null);
        a.put("injected_files", List.of());
        a.put("requested_networks", null);
        a.put("block_device_mapping", null);
        return new RpcArgs("schedule_and_build_instances", a);
    }

    /** A compute's reschedule after its build on {@code failedHost} (node = host) failed. */
    private RpcArgs buildArgs(Instance instance, List<Selection> alternates, String failedHost) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("instances", List.of(instance));
        a.put("image", Map.of());
        a.put("filter_properties", Map.of("retry", Map.of("num_attempts", 1,
                "hosts", List.of(List.of(failedHost, failedHost)))));
        a.put("admin_password", null);
        a.put("injected_files", List.of());
        a.put("requested_networks", null);
        a.put("security_groups", List.of());
        a.put("host_lists", List.of(new ArrayList<>(alternates)));
        return new RpcArgs("build_instances", a);
    }

    private Flavor tiny() {
        return db.flavors().getByFlavorId("1");
    }

    private Instance newInstance() {
        Instance i = new Instance();
        i.set("uuid", UUID.randomUUID().toString());
        i.set("project_id", "p1");
        i.set("user_id", "u1");
        i.set("vm_state", "building");
        i.set("task_state", "scheduling");
        i.set("power_state", 0L);
        i.set("flavor", tiny());
        return i;
    }

    private void addCompute(String host, long memoryMb) {
        Service s = new Service();
        s.set("host", host);
        s.set("binary", "nova-compute");
        s.set("topic", "compute");
        s.set("report_count", 0L);
        s.set("version", 64L);
        db.services().create(s);
        ComputeNode n = new ComputeNode();
        n.set("host", host);
        n.set("hypervisor_hostname", host);
        n.set("memory_mb", memoryMb);
        n.set("vcpus", 8L);
        n.set("local_gb", 100L);
        db.computeNodes().create(n);
    }
}
