package org.jnova.compute.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.compute.resources.ResourceTracker;
import org.jnova.compute.testing.ComputeFixture;
import org.jnova.compute.testing.DelegatingDriver;
import org.jnova.compute.testing.Instances;
import org.jnova.compute.testing.Poll;
import org.jnova.compute.testing.TestingComputeObjects.Event;
import org.jnova.compute.testing.TestingComputeObjects.Save;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.HypervisorException;
import org.junit.jupiter.api.Test;

class BuildOperationsTest {
    private final ComputeFixture f = new ComputeFixture();
    /** What the build handed back to the conductor: the instance as saved then, and the arguments. */
    private final List<Rescheduled> rescheduled = new ArrayList<>();
    private final BuildFailures failures = new BuildFailures();
    private final ResourceTracker tracker = f.tracker;

    private record Rescheduled(String uuid, TaskState taskState, String host, Map<String, Object> filterProperties,
                               RescheduleArgs args) {
    }

    private BuildOperations build(HypervisorDriver driver, BuildExecutor executor) {
        return new BuildOperations(f.objects, driver, f.runner, f.locks, executor, f.settings, f.clock,
                (ctx, instance, image, pw, props, args) -> rescheduled.add(new Rescheduled(instance.getUuid(),
                        instance.getTaskState(), instance.getHost(), props, args)), failures, tracker);
    }

    private Instance scheduled(Map<String, String> metadata) {
        Instance i = Instances.of(null, VmState.BUILDING, TaskState.SCHEDULING, PowerState.NOSTATE, metadata);
        i.set("node", null);
        return f.objects.put(i);
    }

    @Test
    void buildWalksTheTaskStatesWithTheirExpectationsAndEndsActive() {
        Instance i = scheduled(Map.of());
        build(f.driver, new BuildExecutor(0)).build(f.ctx, new BuildRequest(i, Map.of(), null, null));

        List<Save> saves = f.objects.savesOf(i.getUuid());
        assertThat(saves).extracting(s -> s.value("task_state"))
                .containsExactly(null, null, "networking", "block_device_mapping", "spawning", null);
        assertThat(saves).extracting(Save::expected).containsExactly(
                TaskStateSet.of(TaskState.SCHEDULING, null), null, TaskStateSet.of((TaskState) null), null,
                TaskStateSet.of(TaskState.BLOCK_DEVICE_MAPPING), TaskStateSet.of(TaskState.SPAWNING));
        assertThat(saves.get(1).changes()).containsEntry("host", ComputeFixture.HOST)
                .containsEntry("node", ComputeFixture.HOST).containsEntry("launched_on", ComputeFixture.HOST);
        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(stored.getTaskState()).isNull();
        assertThat(stored.getPowerState()).isEqualTo(PowerState.RUNNING);
        assertThat(stored.getLaunchedAt()).isNotNull();
        assertThat(f.driver.getInfo(i).state()).isEqualTo(PowerState.RUNNING);
        List<Event> events = f.objects.eventsOf(i.getUuid());
        assertThat(events).extracting(Event::name).containsOnly("compute__do_build_and_run_instance");
        assertThat(events.get(1).result()).isEqualTo("Success");
        assertThat(failures.count(ComputeFixture.HOST)).isZero();
    }

    @Test
    void buildFailureSetsErrorClearsHostAndNodeAndRecordsFaultAndErrorEvent() {
        Instance i = scheduled(Map.of("fake_fail", "spawn"));
        BuildOperations ops = build(f.driver, new BuildExecutor(0));
        assertThatThrownBy(() -> ops.build(f.ctx, new BuildRequest(i, Map.of(), null, "node-x")))
                .isInstanceOf(HypervisorException.class);

        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.ERROR);
        assertThat(stored.getTaskState()).isNull();
        assertThat(stored.getHost()).isNull();
        assertThat(stored.getNode()).isNull();
        assertThat(f.objects.faults).singleElement().satisfies(fault -> {
            assertThat(fault.message()).isEqualTo("fake failure injected into spawn for instance " + i.getUuid());
            assertThat(fault.code()).isEqualTo(500);
        });
        assertThat(f.objects.eventsOf(i.getUuid()).get(1).result()).isEqualTo("Error");
        assertThat(f.driver.listInstanceUuids()).doesNotContain(i.getUuid());
        assertThat(failures.count("node-x")).as("failed builds on the node").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailedSpawnWithRetryInfoIsHandedBackToTheConductorWithoutFaultOrError() {
        Instance i = scheduled(Map.of("fake_fail", "spawn"));
        Map<String, Object> retry = Map.of("num_attempts", 1, "hosts", List.of(List.of("cmp1", "cmp1")));
        List<Object> alternates = List.of("selection-of-cmp2");
        RescheduleArgs args = new RescheduleArgs(Map.of("retry", retry, "limits", Map.of()), "spec", alternates,
                null, null, List.of("default"));
        build(f.driver, new BuildExecutor(0)).build(f.ctx, new BuildRequest(i, Map.of(), null, null, args));

        Instance stored = f.objects.stored(i.getUuid());
        assertThat(stored.getVmState()).isEqualTo(VmState.BUILDING);
        assertThat(stored.getTaskState()).isEqualTo(TaskState.SCHEDULING);
        assertThat(stored.getHost()).isNull();
        assertThat(stored.getNode()).isNull();
        assertThat(stored.get("launched_on")).isNull();
        assertThat(f.objects.faults).isEmpty();
        assertThat(f.objects.eventsOf(i.getUuid()).get(1).result()).isEqualTo("Success");
        assertThat(rescheduled).singleElement().satisfies(r -> {
            assertThat(r.uuid()).isEqualTo(i.getUuid());
            assertThat(r.taskState()).isEqualTo(TaskState.SCHEDULING);
            assertThat(r.host()).isNull();
            assertThat(r.args()).isSameAs(args);
            Map<String, Object> sentRetry = (Map<String, Object>) r.filterProperties().get("retry");
            assertThat(sentRetry).containsEntry("num_attempts", 1).containsKey("hosts")
                    .containsEntry("exc_reason", "fake failure injected into spawn for instance " + i.getUuid());
            assertThat((List<String>) sentRetry.get("exc")).singleElement().asString().contains("HypervisorException");
            assertThat(r.filterProperties()).containsEntry("limits", Map.of());
        });
        assertThat(f.driver.listInstanceUuids()).doesNotContain(i.getUuid());
        assertThat(failures.count(ComputeFixture.HOST)).as("a rescheduled build counts as failed").isEqualTo(1);
    }

    @Test
    void aBuildThatDoesNotFitWhatTheNodeHasLeftIsRescheduledBeforeSpawning() {
        // the node: 2 vCPUs, 1024 MB, 10 GB: 1536 MB at ratio 1.5, room for two 512 MB + one 256 MB
        tracker.audit(ComputeFixture.HOST, new ProviderReporter.NodeFigures(2, 1024, 10, 16.0, 1.5, 1.0), List.of(),
                System.nanoTime());
        Map<String, Object> retry = Map.of("num_attempts", 1, "hosts", List.of(List.of("cmp1", "cmp1")));
        RescheduleArgs args = new RescheduleArgs(Map.of("retry", retry), null, List.of(), null, null, null);
        BuildOperations ops = build(f.driver, new BuildExecutor(0));
        List<Instance> built = new ArrayList<>();
        for (long mb : new long[] {512, 512, 1024}) {
            Instance i = sized(mb);
            ops.build(f.ctx, new BuildRequest(i, Map.of(), null, null, args));
            built.add(i);
        }
        assertThat(f.objects.stored(built.get(0).getUuid()).getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(f.objects.stored(built.get(1).getUuid()).getVmState()).isEqualTo(VmState.ACTIVE);
        assertThat(rescheduled).singleElement().satisfies(r -> {
            assertThat(r.uuid()).isEqualTo(built.get(2).getUuid());
            assertThat(((Map<?, ?>) r.filterProperties().get("retry")).get("exc_reason"))
                    .isEqualTo("Insufficient compute resources: Free memory 512.00 MB < requested 1024 MB.");
        });
        assertThat(f.driver.listInstanceUuids()).doesNotContain(built.get(2).getUuid());
        assertThat(tracker.used(ComputeFixture.HOST).memoryMb()).isEqualTo(1024);

        Instance small = sized(256);
        ops.build(f.ctx, new BuildRequest(small, Map.of(), null, null, args));
        assertThat(f.objects.stored(small.getUuid()).getVmState()).isEqualTo(VmState.ACTIVE);
        f.delete.deleteInstance(f.ctx, f.objects.stored(built.get(0).getUuid()));
        assertThat(tracker.used(ComputeFixture.HOST).memoryMb()).isEqualTo(512 + 256);
    }

    /** A scheduled instance of {@code memoryMb}, one vCPU and 1 GB (sized by its fields: no flavor). */
    private Instance sized(long memoryMb) {
        Instance i = Instances.of(null, VmState.BUILDING, TaskState.SCHEDULING, PowerState.NOSTATE, Map.of());
        i.set("node", null);
        i.set("memory_mb", memoryMb);
        return f.objects.put(i);
    }

    @Test
    void withoutRetryInfoAFailedSpawnIsNotRescheduled() {
        Instance i = scheduled(Map.of("fake_fail", "spawn"));
        RescheduleArgs noRetry = new RescheduleArgs(Map.of("limits", Map.of()), null, List.of(), null, null, null);
        BuildOperations ops = build(f.driver, new BuildExecutor(0));
        assertThatThrownBy(() -> ops.build(f.ctx, new BuildRequest(i, Map.of(), null, null, noRetry)))
                .isInstanceOf(HypervisorException.class);
        assertThat(rescheduled).isEmpty();
        assertThat(f.objects.stored(i.getUuid()).getVmState()).isEqualTo(VmState.ERROR);
    }

    @Test
    void anInstanceDeletedBeforeTheBuildStartsIsSkippedQuietly() {
        Instance i = scheduled(Map.of());
        f.objects.setStoredTaskState(i.getUuid(), TaskState.DELETING);
        build(f.driver, new BuildExecutor(0)).build(f.ctx, new BuildRequest(i, Map.of(), null, null));
        assertThat(f.objects.faults).isEmpty();
        assertThat(f.driver.listInstanceUuids()).isEmpty();
    }

    @Test
    void buildAndRunInstanceReturnsBeforeTheSpawnFinishes() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HypervisorDriver blocking = new DelegatingDriver(f.driver) {
            @Override
            public void spawn(RequestContext c, Instance in, Map<String, Object> image, String pw, boolean on) {
                await(release);
                super.spawn(c, in, image, pw, on);
            }
        };
        Instance i = scheduled(Map.of());
        BuildExecutor executor = new BuildExecutor(0);
        build(blocking, executor).buildAndRunInstance(f.ctx, new BuildRequest(i, Map.of(), null, null));
        Poll.until("the build to reach spawning", Duration.ofSeconds(5),
                () -> f.objects.stored(i.getUuid()).getTaskState() == TaskState.SPAWNING);
        release.countDown();
        Poll.until("the build to finish", Duration.ofSeconds(5),
                () -> f.objects.stored(i.getUuid()).getVmState() == VmState.ACTIVE);
        assertThat(executor.shutdown(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void maxConcurrentBuildsLimitsConcurrentSpawns() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        HypervisorDriver counting = new DelegatingDriver(f.driver) {
            @Override
            public void spawn(RequestContext c, Instance in, Map<String, Object> image, String pw, boolean on) {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                super.spawn(c, in, image, pw, on);
            }
        };
        BuildOperations ops = build(counting, new BuildExecutor(2));
        List<Instance> instances = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            Instance i = scheduled(Map.of());
            instances.add(i);
            ops.buildAndRunInstance(f.ctx, new BuildRequest(i, Map.of(), null, null));
        }
        Poll.until("all six builds", Duration.ofSeconds(10), () -> instances.stream()
                .allMatch(i -> f.objects.stored(i.getUuid()).getVmState() == VmState.ACTIVE));
        assertThat(peak.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
