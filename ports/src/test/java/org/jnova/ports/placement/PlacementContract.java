package org.jnova.ports.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link PlacementService} must do, run against each adapter: the embedded one on H2,
 * PostgreSQL and MariaDB, and the OpenStack one against Debian's real placement-api. Each test makes
 * its own providers and consumers, so the tests of a class share one service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlacementContract {
    private static final String PROJECT = "p-contract";
    private static final String USER = "u-contract";

    private PlacementService placement;

    /** A fresh, empty service for this class's tests. */
    protected abstract PlacementService open() throws Exception;

    /** Releases what {@link #open} started. */
    protected void shutdown() throws Exception {
    }

    @BeforeAll
    void openService() throws Exception {
        placement = open();
    }

    @AfterAll
    void closeService() throws Exception {
        if (placement != null) {
            placement.close();
        }
        shutdown();
    }

    protected PlacementService placement() {
        return placement;
    }

    @Test
    void aProviderIsCreatedOnceAndFoundByUuid() {
        String uuid = uuid();
        String name = "node-" + uuid;
        ResourceProvider rp = placement.ensureProvider(uuid, name);
        assertThat(rp.uuid()).isEqualTo(uuid);
        assertThat(rp.name()).isEqualTo(name);
        assertThat(placement.ensureProvider(uuid, name).uuid()).isEqualTo(uuid);
        assertThat(placement.provider(uuid)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(name));
        assertThat(placement.providers()).extracting(ResourceProvider::uuid).contains(uuid);
        assertThat(placement.provider(uuid())).isEmpty();
        assertThat(placement.inventories(uuid)).isEmpty();
    }

    @Test
    void aNameTakenByAnotherProviderIsAConflict() {
        String name = "node-" + uuid();
        placement.ensureProvider(uuid(), name);
        assertThatThrownBy(() -> placement.ensureProvider(uuid(), name))
                .isInstanceOfSatisfying(PlacementConflict.class,
                        e -> assertThat(e.kind()).isEqualTo(PlacementConflict.Kind.DUPLICATE_PROVIDER));
    }

    @Test
    void anUnknownProviderIsNotFound() {
        String missing = uuid();
        assertThatThrownBy(() -> placement.inventories(missing)).isInstanceOf(ResourceProviderNotFound.class);
        assertThatThrownBy(() -> placement.usages(missing)).isInstanceOf(ResourceProviderNotFound.class);
        assertThatThrownBy(() -> placement.setInventories(missing, node(4, 4096, 40)))
                .isInstanceOf(ResourceProviderNotFound.class);
        assertThatThrownBy(() -> placement.claim(AllocationClaim.onProvider(uuid(), PROJECT, USER, missing,
                Map.of(ResourceClass.VCPU, 1L)))).isInstanceOf(ResourceProviderNotFound.class);
    }

    @Test
    void inventoriesRoundTripAndEveryGenerationWriteBumpsTheProvider() {
        String rp = provider();
        long before = placement.provider(rp).orElseThrow().generation();
        Map<String, Inventory> inv = Map.of(ResourceClass.VCPU, Inventory.of(8, 1, 16.0),
                ResourceClass.MEMORY_MB, new Inventory(4096, 512, 1, 4096, 1, 1.5),
                ResourceClass.DISK_GB, new Inventory(100, 0, 1, 50, 5, 1.0));
        placement.setInventories(rp, inv);
        assertThat(placement.inventories(rp)).isEqualTo(inv);
        assertThat(placement.usages(rp)).containsOnly(Map.entry(ResourceClass.VCPU, 0L),
                Map.entry(ResourceClass.MEMORY_MB, 0L), Map.entry(ResourceClass.DISK_GB, 0L));
        assertThat(placement.provider(rp).orElseThrow().generation()).isGreaterThan(before);

        placement.setInventories(rp, Map.of(ResourceClass.VCPU, Inventory.of(4, 0, 2.0)));
        assertThat(placement.inventories(rp)).containsOnlyKeys(ResourceClass.VCPU);
        assertThat(placement.inventories(rp).get(ResourceClass.VCPU).capacity()).isEqualTo(8);
    }

    @Test
    void aClaimThatFitsIsWrittenAndOneThatDoesNotChangesNothing() {
        String rp = provider(node(4, 1024, 10)); // memory capacity 1024 × 1.5 = 1536
        String first = uuid();
        placement.claim(AllocationClaim.onProvider(first, PROJECT, USER, rp, tiny(1024)));
        String second = uuid();
        assertThatThrownBy(() -> placement.claim(AllocationClaim.onProvider(second, PROJECT, USER, rp, tiny(1024))))
                .isInstanceOfSatisfying(PlacementConflict.class,
                        e -> assertThat(e.kind()).isEqualTo(PlacementConflict.Kind.CAPACITY));
        assertThat(placement.usages(rp)).containsEntry(ResourceClass.MEMORY_MB, 1024L)
                .containsEntry(ResourceClass.VCPU, 1L).containsEntry(ResourceClass.DISK_GB, 1L);
        assertThat(placement.allocations(second).isEmpty()).isTrue();
        // what is left still fits exactly: 1536 - 1024 = 512
        placement.claim(AllocationClaim.onProvider(second, PROJECT, USER, rp, tiny(512)));
        assertThat(placement.usages(rp)).containsEntry(ResourceClass.MEMORY_MB, 1536L);
    }

    @Test
    void aClaimIsAllOrNothingAcrossClassesAndProviders() {
        String roomy = provider(node(64, 65536, 1000));
        String tight = provider(node(1, 65536, 1000)); // 16 vCPUs
        String consumer = uuid();
        AllocationClaim both = new AllocationClaim(consumer, PROJECT, USER, Map.of(
                roomy, tiny(512), tight, Map.of(ResourceClass.VCPU, 17L, ResourceClass.MEMORY_MB, 512L)), null);
        assertThatThrownBy(() -> placement.claim(both)).isInstanceOf(PlacementConflict.class);
        assertThat(placement.usages(roomy).values()).containsOnly(0L);
        assertThat(placement.usages(tight).values()).containsOnly(0L);
        assertThat(placement.allocations(consumer).isEmpty()).isTrue();
    }

    @Test
    void unitConstraintsAndMissingInventoryRefuseAClaim() {
        String rp = provider(Map.of(ResourceClass.DISK_GB, new Inventory(100, 0, 2, 20, 2, 1.0)));
        for (long bad : new long[] {1, 3, 22}) {
            assertThatThrownBy(() -> placement.claim(AllocationClaim.onProvider(uuid(), PROJECT, USER, rp,
                    Map.of(ResourceClass.DISK_GB, bad))))
                    .as("%d GB against min 2, max 20, step 2", bad)
                    .isInstanceOfSatisfying(PlacementConflict.class,
                            e -> assertThat(e.kind()).isEqualTo(PlacementConflict.Kind.CAPACITY));
        }
        assertThatThrownBy(() -> placement.claim(AllocationClaim.onProvider(uuid(), PROJECT, USER, rp,
                Map.of(ResourceClass.VCPU, 1L)))).isInstanceOf(PlacementConflict.class);
        placement.claim(AllocationClaim.onProvider(uuid(), PROJECT, USER, rp, Map.of(ResourceClass.DISK_GB, 20L)));
        assertThat(placement.usages(rp)).containsEntry(ResourceClass.DISK_GB, 20L);
    }

    @Test
    void consumerGenerationsTellConcurrentWritersApart() {
        String rp = provider(node(8, 8192, 100));
        String consumer = uuid();
        long g1 = placement.claim(AllocationClaim.onProvider(consumer, PROJECT, USER, rp, tiny(512)));
        ConsumerAllocations held = placement.allocations(consumer);
        assertThat(held.generation()).isEqualTo(g1);
        assertThat(held.projectId()).isEqualTo(PROJECT);
        assertThat(held.userId()).isEqualTo(USER);
        assertThat(held.allocations()).isEqualTo(Map.of(rp, tiny(512)));

        assertThatThrownBy(() -> placement.claim(AllocationClaim.onProvider(consumer, PROJECT, USER, rp, tiny(256))))
                .as("a second writer that believes the consumer is new")
                .isInstanceOfSatisfying(PlacementConflict.class,
                        e -> assertThat(e.kind()).isEqualTo(PlacementConflict.Kind.CONSUMER_GENERATION));
        long g2 = placement.claim(new AllocationClaim(consumer, PROJECT, USER, Map.of(rp, tiny(1024)), g1));
        assertThat(g2).isGreaterThan(g1);
        assertThatThrownBy(() -> placement.claim(new AllocationClaim(consumer, PROJECT, USER, Map.of(rp, tiny(256)), g1)))
                .as("a writer with a stale generation")
                .isInstanceOfSatisfying(PlacementConflict.class,
                        e -> assertThat(e.kind()).isEqualTo(PlacementConflict.Kind.CONSUMER_GENERATION));
        assertThat(placement.usages(rp)).containsEntry(ResourceClass.MEMORY_MB, 1024L);
        assertThatThrownBy(() -> placement.claim(new AllocationClaim(uuid(), PROJECT, USER, Map.of(rp, tiny(256)), 3L)))
                .as("a generation for a consumer that holds nothing")
                .isInstanceOf(PlacementConflict.class);
    }

    @Test
    void aMoveReplacesTheAllocationsInOneWriteOrNotAtAll() {
        String from = provider(node(8, 8192, 100));
        String to = provider(node(8, 8192, 100));
        String full = provider(node(8, 256, 100));
        String consumer = uuid();
        placement.claim(AllocationClaim.onProvider(consumer, PROJECT, USER, from, tiny(2048)));
        placement.move(consumer, PROJECT, USER, Map.of(to, tiny(2048)));
        assertThat(placement.usages(from)).containsEntry(ResourceClass.MEMORY_MB, 0L);
        assertThat(placement.usages(to)).containsEntry(ResourceClass.MEMORY_MB, 2048L);
        assertThat(placement.allocations(consumer).allocations()).containsOnlyKeys(to);

        assertThatThrownBy(() -> placement.move(consumer, PROJECT, USER, Map.of(full, tiny(2048))))
                .isInstanceOfSatisfying(PlacementConflict.class,
                        e -> assertThat(e.kind()).isEqualTo(PlacementConflict.Kind.CAPACITY));
        assertThat(placement.allocations(consumer).allocations()).containsOnlyKeys(to);
        assertThat(placement.usages(full).values()).containsOnly(0L);

        String fresh = uuid();
        placement.move(fresh, PROJECT, USER, Map.of(from, tiny(512)));
        assertThat(placement.allocations(fresh).allocations()).containsOnlyKeys(from);
    }

    @Test
    void aReleaseFreesEverythingOnce() {
        String rp = provider(node(8, 8192, 100));
        String consumer = uuid();
        String other = uuid();
        placement.claim(AllocationClaim.onProvider(consumer, PROJECT, USER, rp, tiny(1024)));
        placement.claim(AllocationClaim.onProvider(other, PROJECT, USER, rp, tiny(512)));
        assertThat(placement.providerAllocations(rp)).containsOnlyKeys(consumer, other);
        assertThat(placement.providerAllocations(rp).get(consumer)).isEqualTo(tiny(1024));

        assertThat(placement.release(consumer)).isTrue();
        assertThat(placement.release(consumer)).isFalse();
        assertThat(placement.allocations(consumer).isEmpty()).isTrue();
        assertThat(placement.providerAllocations(rp)).containsOnlyKeys(other);
        assertThat(placement.usages(rp)).containsEntry(ResourceClass.MEMORY_MB, 512L);
        // the consumer can start again as a new one
        placement.claim(AllocationClaim.onProvider(consumer, PROJECT, USER, rp, tiny(256)));
        assertThat(placement.usages(rp)).containsEntry(ResourceClass.MEMORY_MB, 768L);
    }

    @Test
    void inventoryInUseCannotBeRemovedButItsCapacityMayShrinkBelowUsage() {
        String rp = provider(node(8, 4096, 100));
        placement.claim(AllocationClaim.onProvider(uuid(), PROJECT, USER, rp, tiny(2048)));
        assertThatThrownBy(() -> placement.setInventories(rp, Map.of(ResourceClass.VCPU, Inventory.of(8, 0, 16.0))))
                .isInstanceOfSatisfying(PlacementConflict.class,
                        e -> assertThat(e.kind()).isEqualTo(PlacementConflict.Kind.INVENTORY_IN_USE));
        placement.setInventories(rp, node(8, 1024, 100)); // capacity 1536 < 2048 used
        assertThat(placement.usages(rp)).containsEntry(ResourceClass.MEMORY_MB, 2048L);
        assertThatThrownBy(() -> placement.claim(AllocationClaim.onProvider(uuid(), PROJECT, USER, rp, tiny(1))))
                .isInstanceOf(PlacementConflict.class);
    }

    @Test
    void candidatesAreTheProvidersWithRoomNow() {
        String small = provider(node(2, 1024, 10)); // room for three 512 MB
        String big = provider(node(64, 65536, 1000));
        String noDisk = provider(Map.of(ResourceClass.VCPU, Inventory.of(8, 0, 16.0),
                ResourceClass.MEMORY_MB, Inventory.of(8192, 0, 1.5)));
        Set<String> mine = Set.of(small, big, noDisk);
        assertThat(candidateUuids(tiny(512), mine)).containsExactlyInAnyOrder(small, big);
        for (int i = 0; i < 3; i++) {
            placement.claim(AllocationClaim.onProvider(uuid(), PROJECT, USER, small, tiny(512)));
        }
        assertThat(candidateUuids(tiny(512), mine)).containsExactly(big);
        ProviderSummary summary = placement.candidates(tiny(512), 1000).stream()
                .filter(s -> s.providerUuid().equals(big)).findFirst().orElseThrow();
        assertThat(summary.usage(ResourceClass.MEMORY_MB)).isEqualTo(new ProviderSummary.Usage(98304, 0));
        assertThat(summary.usage(ResourceClass.VCPU).capacity()).isEqualTo(1024);
    }

    @Test
    void traitsAreReplacedAsAWhole() {
        String rp = provider();
        assertThat(placement.traits(rp)).isEmpty();
        placement.setTraits(rp, Set.of("COMPUTE_NODE", "CUSTOM_JNOVA_CONTRACT"));
        assertThat(placement.traits(rp)).containsExactlyInAnyOrder("COMPUTE_NODE", "CUSTOM_JNOVA_CONTRACT");
        placement.setTraits(rp, Set.of("COMPUTE_NODE"));
        assertThat(placement.traits(rp)).containsExactly("COMPUTE_NODE");
    }

    @Test
    void concurrentClaimersNeverExceedCapacity() throws Exception {
        String rp = provider(node(64, 2048, 1000)); // 3072 MB: exactly 24 claims of 128 MB
        // memory alone: the class whose row decides, with no other row to serialize the claimers first
        int threads = 8;
        int perThread = 6;
        List<String> won = Collections.synchronizedList(new ArrayList<>());
        runConcurrently(threads, t -> {
            for (int i = 0; i < perThread; i++) {
                String consumer = uuid();
                try {
                    placement.claim(AllocationClaim.onProvider(consumer, PROJECT, USER, rp,
                            Map.of(ResourceClass.MEMORY_MB, 128L)));
                    won.add(consumer);
                } catch (PlacementConflict e) {
                    assertThat(e.kind()).isEqualTo(PlacementConflict.Kind.CAPACITY);
                }
            }
        });
        assertThat(won).hasSize(24);
        assertThat(placement.usages(rp)).containsEntry(ResourceClass.MEMORY_MB, 24 * 128L);
        assertThat(placement.providerAllocations(rp)).containsOnlyKeys(won);
    }

    @Test
    void concurrentClaimsMovesAndReleasesKeepUsageEqualToAllocations() throws Exception {
        String a = provider(node(64, 1024, 1000));
        String b = provider(node(64, 1024, 1000));
        List<String> consumers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            consumers.add(uuid());
        }
        runConcurrently(6, t -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < 12; i++) {
                String consumer = consumers.get(random.nextInt(consumers.size()));
                String target = random.nextBoolean() ? a : b;
                try {
                    switch (random.nextInt(3)) {
                        case 0 -> placement.release(consumer);
                        case 1 -> placement.move(consumer, PROJECT, USER, Map.of(target, tiny(256)));
                        default -> placement.claim(AllocationClaim.onProvider(consumer, PROJECT, USER, target, tiny(256)));
                    }
                } catch (PlacementConflict expected) {
                    // full, or another thread changed the consumer first
                }
            }
        });
        for (String rp : List.of(a, b)) {
            long allocated = placement.providerAllocations(rp).values().stream()
                    .mapToLong(m -> m.getOrDefault(ResourceClass.MEMORY_MB, 0L)).sum();
            assertThat(placement.usages(rp).get(ResourceClass.MEMORY_MB)).as("usage of " + rp).isEqualTo(allocated)
                    .isLessThanOrEqualTo(1536L);
        }
        for (String c : consumers) {
            assertThat(placement.allocations(c).allocations().size()).as("providers of " + c).isLessThanOrEqualTo(1);
        }
    }

    // --- helpers

    /** A compute node's inventory: Nova's initial allocation ratios (16, 1.5, 1.0), nothing reserved. */
    protected static Map<String, Inventory> node(long vcpus, long memoryMb, long diskGb) {
        return Map.of(ResourceClass.VCPU, Inventory.of(vcpus, 0, 16.0),
                ResourceClass.MEMORY_MB, Inventory.of(memoryMb, 0, 1.5),
                ResourceClass.DISK_GB, Inventory.of(diskGb, 0, 1.0));
    }

    /** One vCPU, {@code memoryMb} and 1 GB of disk. */
    protected static Map<String, Long> tiny(long memoryMb) {
        return Map.of(ResourceClass.VCPU, 1L, ResourceClass.MEMORY_MB, memoryMb, ResourceClass.DISK_GB, 1L);
    }

    private String provider() {
        String uuid = uuid();
        placement.ensureProvider(uuid, "node-" + uuid);
        return uuid;
    }

    private String provider(Map<String, Inventory> inventory) {
        String uuid = provider();
        placement.setInventories(uuid, inventory);
        return uuid;
    }

    private List<String> candidateUuids(Map<String, Long> resources, Set<String> among) {
        return placement.candidates(resources, 1000).stream().map(ProviderSummary::providerUuid)
                .filter(among::contains).toList();
    }

    protected static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** One body per thread, all started together; rethrows the first failure. */
    protected static void runConcurrently(int threads, ThreadBody body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                done.add(pool.submit(() -> {
                    start.await();
                    body.run(n);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The work of one thread of {@link #runConcurrently}. */
    @FunctionalInterface
    protected interface ThreadBody {
        void run(int thread) throws Exception;
    }
}
