package org.jnova.conductor.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.conductor.db.Database;
import org.jnova.conductor.db.DatabaseUrl;
import org.jnova.conductor.db.JdbcPersistence;
import org.jnova.conductor.db.JdbcPlacementService;
import org.jnova.domain.error.NoValidHost;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Service;
import org.jnova.ports.persistence.ComputeNodeRepository;
import org.jnova.ports.placement.AllocationClaim;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.ResourceClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter scheduler over the embedded placement on a real (H2) database: filtering, weighing, claims,
 * conflicts that go to the next host, and several schedulers (as several conductors) sharing one database.
 */
class FilterSchedulerTest {
    private static final ResourceRequest TINY = new ResourceRequest(512, 1, 1);

    private Database database;
    private JdbcPersistence db;
    private JdbcPlacementService placement;
    private final Set<String> downHosts = new java.util.HashSet<>();
    private FilterScheduler scheduler;

    @BeforeEach
    void setUp() {
        database = Database.open(DatabaseUrl.parse("h2:mem:sched" + System.nanoTime(), null), 4, null);
        db = JdbcPersistence.over(database);
        placement = JdbcPlacementService.over(database);
        scheduler = scheduler(placement, db.computeNodes());
    }

    private FilterScheduler scheduler(PlacementService p, ComputeNodeRepository nodes) {
        return new FilterScheduler(nodes, db.services(), p, s -> !downHosts.contains(s.getHost()),
                new InventorySync(new ProviderReporter(placement)), Duration.ZERO);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void disabledDownOrServicelessHostsAreNeverChosen() {
        addCompute("up", 4096, 4, 100);
        addCompute("down", 65536, 64, 1000);
        downHosts.add("down");
        addCompute("disabled", 65536, 64, 1000);
        Service disabled = db.services().getByHostAndBinary("disabled", "nova-compute");
        disabled.set("disabled", true);
        db.services().save(disabled);
        addNode("orphan", 65536, 64, 1000);

        for (int i = 0; i < 5; i++) {
            assertThat(scheduler.select(TINY, ids(1), Set.of()).get(0).chosen().host()).isEqualTo("up");
        }
    }

    @Test
    void ramFilterAllowsOvercommitUpToTheRatioAndNoFurther() {
        addCompute("small", 1024, 64, 1000);
        // 1024 MB × 1.5 = 1536 MB: three 512 MB instances fit, a fourth does not
        List<Placement> three = scheduler.select(TINY, ids(3), Set.of());
        assertThat(three).hasSize(3);
        assertThatThrownBy(() -> scheduler.select(TINY, ids(1), Set.of()))
                .isInstanceOf(NoValidHost.class)
                .hasMessage("No valid host was found. There are not enough hosts available.");
    }

    @Test
    void coreAndDiskFiltersUseTheirRatios() {
        addCompute("cpu", 1_000_000, 1, 1000);
        // 1 vCPU × 16.0: sixteen single-vCPU instances
        assertThat(scheduler.select(TINY, ids(16), Set.of())).hasSize(16);
        assertThatThrownBy(() -> scheduler.select(TINY, ids(1), Set.of())).isInstanceOf(NoValidHost.class);

        addCompute("disk", 1_000_000, 64, 10);
        ResourceRequest fiveGb = new ResourceRequest(1, 1, 5);
        assertThat(scheduler.select(fiveGb, ids(2), Set.of())).extracting(p -> p.chosen().host())
                .containsOnly("disk");
        assertThatThrownBy(() -> scheduler.select(fiveGb, ids(1), Set.of())).isInstanceOf(NoValidHost.class);
    }

    @Test
    void aBurstSpreadsByFreeRamAndNeverOvercommits() {
        addCompute("a", 16384, 16, 1000);
        addCompute("b", 16384, 16, 1000);
        addCompute("c", 8192, 16, 1000);
        // capacity: (16384 + 16384 + 8192) × 1.5 / 512 = 120 tiny instances
        Map<String, Integer> perHost = new HashMap<>();
        int placed = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                String host = scheduler.select(TINY, ids(1), Set.of()).get(0).chosen().host();
                perHost.merge(host, 1, Integer::sum);
                placed++;
            } catch (NoValidHost e) {
                break;
            }
        }
        assertThat(placed).isEqualTo(120);
        assertThat(perHost).containsEntry("a", 48).containsEntry("b", 48).containsEntry("c", 24);
    }

    @Test
    void aChoiceIsAClaimInPlacementAndAReleaseGivesItBack() {
        String node = addCompute("only", 1024, 64, 1000);
        PlacementConsumer first = consumer();
        Placement p = scheduler.select(TINY, List.of(first), Set.of()).get(0);
        assertThat(placement.allocations(first.uuid()).allocations()).isEqualTo(Map.of(node,
                Map.of(ResourceClass.VCPU, 1L, ResourceClass.MEMORY_MB, 512L, ResourceClass.DISK_GB, 1L)));
        assertThat(placement.allocations(first.uuid()).projectId()).isEqualTo(first.projectId());
        assertThat(p.chosen().nodeUuid()).isEqualTo(node);
        // 1536 MB allowed: the first 512 MB + two more
        assertThat(scheduler.select(TINY, ids(2), Set.of())).hasSize(2);
        assertThatThrownBy(() -> scheduler.select(TINY, ids(1), Set.of())).isInstanceOf(NoValidHost.class);
        scheduler.release(first.uuid());
        assertThat(scheduler.select(TINY, ids(1), Set.of())).hasSize(1);
    }

    @Test
    void aClaimThatLosesARaceGoesToTheNextHost() {
        String x = addCompute("x", 8192, 8, 100);
        addCompute("y", 4096, 8, 100);
        // another conductor fills x between this scheduler's candidates and its claim
        PlacementService racing = (PlacementService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PlacementService.class}, (proxy, method, args) -> {
                    Object out = invoke(placement, method, args);
                    if (method.getName().equals("candidates")) {
                        // 8192 × 1.5 MB, in allocations of at most max_unit (the total)
                        for (long mb : new long[] {8192, 4096}) {
                            placement.claim(AllocationClaim.onProvider(uuid(), "other", "other", x,
                                    Map.of(ResourceClass.MEMORY_MB, mb)));
                        }
                    }
                    return out;
                });
        Placement p = scheduler(racing, db.computeNodes()).select(TINY, ids(1), Set.of()).get(0);
        assertThat(p.chosen().host()).isEqualTo("y");
        assertThat(p.alternates()).isEmpty();
    }

    @Test
    void rememberedCandidatesSpreadABurstAndAreReadAgainBeforeARefusal() {
        addCompute("p", 2048, 64, 1000);
        addCompute("q", 2048, 64, 1000);
        List<String> asked = new ArrayList<>();
        PlacementService counting = (PlacementService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PlacementService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("candidates")) {
                        asked.add("candidates");
                    }
                    return invoke(placement, method, args);
                });
        FilterScheduler remembering = new FilterScheduler(db.computeNodes(), db.services(), counting, s -> true,
                new InventorySync(new ProviderReporter(placement)), Duration.ofMinutes(1));
        Map<String, Integer> perHost = new HashMap<>();
        List<PlacementConsumer> placed = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // 2 × 2048 × 1.5 / 512
            PlacementConsumer c = consumer();
            perHost.merge(remembering.select(TINY, List.of(c), Set.of()).get(0).chosen().host(), 1, Integer::sum);
            placed.add(c);
        }
        assertThat(perHost).containsEntry("p", 6).containsEntry("q", 6);
        assertThat(asked).as("one read for the whole burst").hasSize(1);

        // full as remembered, and full in Placement: asked again, then refused
        assertThatThrownBy(() -> remembering.select(TINY, ids(1), Set.of())).isInstanceOf(NoValidHost.class);
        assertThat(asked).hasSize(2);
        // another conductor's delete frees room the memory does not know of: asked again, and placed
        placement.release(placed.get(0).uuid());
        assertThat(remembering.select(TINY, ids(1), Set.of())).hasSize(1);
        assertThat(asked).hasSize(3);
    }

    @Test
    void schedulersOfSeveralConductorsSharingOneDatabaseNeverOvercommit() throws Exception {
        addCompute("a", 4096, 64, 1000);
        addCompute("b", 2048, 64, 1000);
        // (4096 + 2048) × 1.5 / 512 = 18 tiny instances; 4 schedulers try 40
        List<FilterScheduler> conductors = List.of(scheduler, scheduler(placement, db.computeNodes()),
                scheduler(JdbcPlacementService.over(database), db.computeNodes()),
                scheduler(JdbcPlacementService.over(database), db.computeNodes()));
        List<String> placed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                FilterScheduler s = conductors.get(t % conductors.size());
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        try {
                            placed.add(s.select(TINY, ids(1), Set.of()).get(0).chosen().host());
                        } catch (NoValidHost e) {
                            // full
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(placed).hasSize(18);
        assertThat(placed.stream().filter("a"::equals).count()).isEqualTo(12);
    }

    @Test
    void alternatesAreOtherHostsAndIgnoredHostsAreSkipped() {
        addCompute("x", 8192, 8, 100);
        addCompute("y", 4096, 8, 100);
        addCompute("z", 2048, 8, 100);
        Placement p = scheduler.select(TINY, ids(1), Set.of()).get(0);
        assertThat(p.chosen().host()).isEqualTo("x");
        assertThat(p.alternates()).extracting(HostSelection::host).containsExactly("y", "z");
        assertThat(scheduler.select(TINY, ids(1), Set.of("x")).get(0).chosen().host()).isEqualTo("y");
    }

    @Test
    void aFailedBatchLeavesNoClaimsBehind() {
        addCompute("pair", 1024, 64, 1000);
        assertThatThrownBy(() -> scheduler.select(TINY, ids(4), Set.of())).isInstanceOf(NoValidHost.class);
        assertThat(scheduler.select(TINY, ids(3), Set.of())).hasSize(3);
    }

    @Test
    void aNodeWithFailedBuildsIsChosenLastWhateverItsRamAndFirstAgainOnceItSucceeds() {
        addCompute("roomy", 65536, 64, 1000);
        addCompute("small", 4096, 64, 1000);
        assertThat(scheduler.select(TINY, ids(1), Set.of()).get(0).chosen().host()).isEqualTo("roomy");

        reportFailedBuilds("roomy", "3");
        Placement p = scheduler.select(TINY, ids(1), Set.of()).get(0);
        assertThat(p.chosen().host()).isEqualTo("small");
        assertThat(p.alternates()).extracting(HostSelection::host).containsExactly("roomy");

        reportFailedBuilds("roomy", "0");
        assertThat(scheduler.select(TINY, ids(1), Set.of()).get(0).chosen().host()).isEqualTo("roomy");
    }

    @Test
    void choicesGoOnWithTheLastReadWhileOneCallerReadsTheDatabase() throws Exception {
        addCompute("busy", 65536, 64, 1000);
        CountDownLatch readStarted = new CountDownLatch(1);
        CountDownLatch finishRead = new CountDownLatch(1);
        AtomicBoolean holdNextRead = new AtomicBoolean();
        ComputeNodeRepository real = db.computeNodes();
        ComputeNodeRepository slow = (ComputeNodeRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ComputeNodeRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("listAll") && holdNextRead.getAndSet(false)) {
                        readStarted.countDown();
                        finishRead.await();
                    }
                    return invoke(real, method, args);
                });
        FilterScheduler s = scheduler(placement, slow);
        s.select(TINY, ids(1), Set.of()); // the first read

        holdNextRead.set(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Placement>> reader = pool.submit(() -> s.select(TINY, ids(1), Set.of()));
            assertThat(readStarted.await(10, TimeUnit.SECONDS)).as("the second select started a read").isTrue();
            // the read is held: another choice must not wait for it (a TimeoutException here means it did)
            Future<List<Placement>> other = pool.submit(() -> s.select(TINY, ids(1), Set.of()));
            assertThat(other.get(10, TimeUnit.SECONDS).get(0).chosen().host()).isEqualTo("busy");
            assertThat(reader.isDone()).as("the reading caller is still held").isFalse();
            finishRead.countDown();
            assertThat(reader.get(10, TimeUnit.SECONDS).get(0).chosen().host()).isEqualTo("busy");
        } finally {
            finishRead.countDown();
            pool.shutdownNow();
        }
    }

    // -- helpers -----------------------------------------------------------------------------

    /** A compute service and its node; returns the node's uuid (its provider's). */
    private String addCompute(String host, long memoryMb, long vcpus, long diskGb) {
        Service s = new Service();
        s.set("host", host);
        s.set("binary", "nova-compute");
        s.set("topic", "compute");
        s.set("report_count", 0L);
        s.set("version", 64L);
        db.services().create(s);
        return addNode(host, memoryMb, vcpus, diskGb);
    }

    private String addNode(String host, long memoryMb, long vcpus, long diskGb) {
        ComputeNode n = new ComputeNode();
        n.set("host", host);
        n.set("hypervisor_hostname", host);
        n.set("memory_mb", memoryMb);
        n.set("vcpus", vcpus);
        n.set("local_gb", diskGb);
        n.set("memory_mb_used", 0L);
        n.set("vcpus_used", 0L);
        n.set("local_gb_used", 0L);
        return db.computeNodes().create(n).getUuid();
    }

    /** What a compute's update_available_resource writes: the node's failed_builds stat. */
    private void reportFailedBuilds(String host, String count) {
        ComputeNode n = db.computeNodes().getByHostAndNodename(host, host);
        n.setStats(Map.of("failed_builds", count));
        db.computeNodes().save(n);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static PlacementConsumer consumer() {
        return new PlacementConsumer(uuid(), "project-" + uuid(), "user");
    }

    private static List<PlacementConsumer> ids(int n) {
        List<PlacementConsumer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(consumer());
        }
        return out;
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
