package org.jnova.conductor.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
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
import org.jnova.conductor.db.Database;
import org.jnova.conductor.db.DatabaseUrl;
import org.jnova.conductor.db.JdbcPersistence;
import org.jnova.domain.error.NoValidHost;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.Service;
import org.jnova.ports.persistence.InstanceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter scheduler over a real (H2) database: filtering, spreading and claims. */
class FilterSchedulerTest {
    private static final ResourceRequest TINY = new ResourceRequest(512, 1, 1);

    private JdbcPersistence db;
    private final Set<String> downHosts = new java.util.HashSet<>();
    private FilterScheduler scheduler;

    @BeforeEach
    void setUp() {
        db = JdbcPersistence.over(Database.open(DatabaseUrl.parse("h2:mem:sched" + System.nanoTime(), null), 2, null));
        scheduler = new FilterScheduler(db.computeNodes(), db.services(), db.instances(),
                s -> !downHosts.contains(s.getHost()), Duration.ZERO);
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
        Service disabled = addCompute("disabled", 65536, 64, 1000);
        disabled.set("disabled", true);
        db.services().save(disabled);
        addNode("orphan", 65536, 64, 1000);

        for (int i = 0; i < 5; i++) {
            assertThat(scheduler.select(TINY, List.of(uuid()), Set.of()).get(0).chosen().host()).isEqualTo("up");
        }
    }

    @Test
    void ramFilterAllowsOvercommitUpToTheRatioAndNoFurther() {
        addCompute("small", 1024, 64, 1000);
        // 1024 MB × 1.5 = 1536 MB: three 512 MB instances fit, a fourth does not
        List<Placement> three = scheduler.select(TINY, List.of(uuid(), uuid(), uuid()), Set.of());
        assertThat(three).hasSize(3);
        assertThatThrownBy(() -> scheduler.select(TINY, List.of(uuid()), Set.of()))
                .isInstanceOf(NoValidHost.class)
                .hasMessage("No valid host was found. There are not enough hosts available.");
    }

    @Test
    void coreAndDiskFiltersUseTheirRatios() {
        addCompute("cpu", 1_000_000, 1, 1000);
        // 1 vCPU × 16.0: sixteen single-vCPU instances
        assertThat(scheduler.select(TINY, ids(16), Set.of())).hasSize(16);
        assertThatThrownBy(() -> scheduler.select(TINY, List.of(uuid()), Set.of())).isInstanceOf(NoValidHost.class);

        addCompute("disk", 1_000_000, 64, 10);
        ResourceRequest fiveGb = new ResourceRequest(1, 1, 5);
        assertThat(scheduler.select(fiveGb, ids(2), Set.of())).extracting(p -> p.chosen().host())
                .containsOnly("disk");
        assertThatThrownBy(() -> scheduler.select(fiveGb, List.of(uuid()), Set.of())).isInstanceOf(NoValidHost.class);
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
                String host = scheduler.select(TINY, List.of(uuid()), Set.of()).get(0).chosen().host();
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
    void storedInstancesCountAndReleasedClaimsAreNotCountedTwice() {
        addCompute("only", 1024, 64, 1000);
        String first = uuid();
        Placement p = scheduler.select(TINY, List.of(first), Set.of()).get(0);
        storeInstanceOn(first, p.chosen());
        scheduler.release(first);
        // 1536 MB allowed: the stored 512 MB + two more
        assertThat(scheduler.select(TINY, ids(2), Set.of())).hasSize(2);
        assertThatThrownBy(() -> scheduler.select(TINY, List.of(uuid()), Set.of())).isInstanceOf(NoValidHost.class);
    }

    @Test
    void alternatesAreOtherHostsAndIgnoredHostsAreSkipped() {
        addCompute("x", 8192, 8, 100);
        addCompute("y", 4096, 8, 100);
        addCompute("z", 2048, 8, 100);
        Placement p = scheduler.select(TINY, List.of(uuid()), Set.of()).get(0);
        assertThat(p.chosen().host()).isEqualTo("x");
        assertThat(p.alternates()).extracting(HostSelection::host).containsExactly("y", "z");
        assertThat(scheduler.select(TINY, List.of(uuid()), Set.of("x")).get(0).chosen().host()).isEqualTo("y");
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
        assertThat(scheduler.select(TINY, List.of(uuid()), Set.of()).get(0).chosen().host()).isEqualTo("roomy");

        reportFailedBuilds("roomy", "3");
        Placement p = scheduler.select(TINY, List.of(uuid()), Set.of()).get(0);
        assertThat(p.chosen().host()).isEqualTo("small");
        assertThat(p.alternates()).extracting(HostSelection::host).containsExactly("roomy");

        reportFailedBuilds("roomy", "0");
        assertThat(scheduler.select(TINY, List.of(uuid()), Set.of()).get(0).chosen().host()).isEqualTo("roomy");
    }

    @Test
    void choicesGoOnWithTheLastReadWhileOneCallerReadsTheDatabase() throws Exception {
        addCompute("busy", 65536, 64, 1000);
        CountDownLatch readStarted = new CountDownLatch(1);
        CountDownLatch finishRead = new CountDownLatch(1);
        AtomicBoolean holdNextRead = new AtomicBoolean();
        InstanceRepository real = db.instances();
        InstanceRepository slow = (InstanceRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {InstanceRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("usageByNode") && holdNextRead.getAndSet(false)) {
                        readStarted.countDown();
                        finishRead.await();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        FilterScheduler s = new FilterScheduler(db.computeNodes(), db.services(), slow, h -> true, Duration.ZERO);
        s.select(TINY, List.of(uuid()), Set.of()); // the first read

        holdNextRead.set(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Placement>> reader = pool.submit(() -> s.select(TINY, List.of(uuid()), Set.of()));
            assertThat(readStarted.await(10, TimeUnit.SECONDS)).as("the second select started a read").isTrue();
            // the read is held: another choice must not wait for it (a TimeoutException here means it did)
            Future<List<Placement>> other = pool.submit(() -> s.select(TINY, List.of(uuid()), Set.of()));
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

    private Service addCompute(String host, long memoryMb, long vcpus, long diskGb) {
        Service s = new Service();
        s.set("host", host);
        s.set("binary", "nova-compute");
        s.set("topic", "compute");
        s.set("report_count", 0L);
        s.set("version", 64L);
        Service stored = db.services().create(s);
        addNode(host, memoryMb, vcpus, diskGb);
        return stored;
    }

    private void addNode(String host, long memoryMb, long vcpus, long diskGb) {
        ComputeNode n = new ComputeNode();
        n.set("host", host);
        n.set("hypervisor_hostname", host);
        n.set("memory_mb", memoryMb);
        n.set("vcpus", vcpus);
        n.set("local_gb", diskGb);
        n.set("memory_mb_used", 0L);
        n.set("vcpus_used", 0L);
        n.set("local_gb_used", 0L);
        db.computeNodes().create(n);
    }

    /** What a compute's update_available_resource writes: the node's failed_builds stat. */
    private void reportFailedBuilds(String host, String count) {
        ComputeNode n = db.computeNodes().getByHostAndNodename(host, host);
        n.setStats(Map.of("failed_builds", count));
        db.computeNodes().save(n);
    }

    private void storeInstanceOn(String uuid, HostSelection node) {
        Instance i = new Instance();
        i.set("uuid", uuid);
        i.set("host", node.host());
        i.set("node", node.nodename());
        i.set("memory_mb", 512L);
        i.set("vcpus", 1L);
        i.set("root_gb", 1L);
        i.set("ephemeral_gb", 0L);
        db.instances().create(i);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(uuid());
        }
        return out;
    }
}
