package org.jnova.conductor.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jnova.conductor.db.Database;
import org.jnova.conductor.db.DatabaseUrl;
import org.jnova.conductor.db.JdbcPersistence;
import org.jnova.conductor.db.JdbcPlacementService;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.placement.AllocationClaim;
import org.jnova.ports.placement.Inventory;
import org.jnova.ports.placement.ResourceClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The allocation heal over the embedded placement (H2): what a crash leaves behind is healed on the second look. */
class AllocationHealerTest {
    private static final Map<String, Long> TINY = Map.of(ResourceClass.VCPU, 1L, ResourceClass.MEMORY_MB, 512L,
            ResourceClass.DISK_GB, 1L);

    private JdbcPersistence db;
    private JdbcPlacementService placement;
    private AllocationHealer healer;
    private String cmp1;
    private String cmp2;

    @BeforeEach
    void setUp() {
        Database database = Database.open(DatabaseUrl.parse("h2:mem:heal" + System.nanoTime(), null), 2, null);
        db = JdbcPersistence.over(database);
        placement = JdbcPlacementService.over(database);
        healer = new AllocationHealer(db.instances(), db.computeNodes(), placement, node -> { });
        cmp1 = node("cmp1");
        cmp2 = node("cmp2");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anAllocationWithoutALiveInstanceIsReleasedWhenSeenTwice() {
        String orphan = claim(UUID.randomUUID().toString(), cmp1); // a conductor died before storing it
        String unplaced = claim(instance(null).getUuid(), cmp1);   // its build stuck in scheduling
        Instance deleted = instance("cmp1");
        claim(deleted.getUuid(), cmp1);
        db.instances().destroy(deleted.getUuid(), false);          // a delete whose release was lost

        assertThat(healer.heal()).isEqualTo(new AllocationHealer.Result(0, 0, 3));
        assertThat(placement.usages(cmp1)).containsEntry(ResourceClass.MEMORY_MB, 1536L);
        assertThat(healer.heal()).isEqualTo(new AllocationHealer.Result(3, 0, 0));
        assertThat(placement.usages(cmp1)).containsEntry(ResourceClass.MEMORY_MB, 0L);
        assertThat(placement.allocations(orphan).isEmpty()).isTrue();
        assertThat(placement.allocations(unplaced).isEmpty()).isTrue();
    }

    @Test
    void aPlacedInstanceWithoutItsAllocationOrWithItElsewhereGetsItOnItsNode() {
        Instance missing = instance("cmp1");
        Instance elsewhere = instance("cmp2");
        claim(elsewhere.getUuid(), cmp1);
        Instance fine = instance("cmp2");
        claim(fine.getUuid(), cmp2);

        assertThat(healer.heal().pending()).isEqualTo(2);
        assertThat(healer.heal().healed()).isEqualTo(2);
        assertThat(placement.allocations(missing.getUuid()).allocations()).isEqualTo(Map.of(cmp1, TINY));
        assertThat(placement.allocations(missing.getUuid()).projectId()).isEqualTo("p1");
        assertThat(placement.allocations(elsewhere.getUuid()).allocations()).containsOnlyKeys(cmp2);
        assertThat(placement.usages(cmp1)).containsEntry(ResourceClass.MEMORY_MB, 512L);
        assertThat(placement.usages(cmp2)).containsEntry(ResourceClass.MEMORY_MB, 1024L);
        assertThat(healer.heal()).isEqualTo(new AllocationHealer.Result(0, 0, 0));
    }

    @Test
    void whatIsInFlightAtOnePassAndSettledAtTheNextIsLeftAlone() {
        Instance building = instance(null);
        claim(building.getUuid(), cmp1); // claimed, its host not stored yet
        assertThat(healer.heal().pending()).isEqualTo(1);
        building.set("host", "cmp1");
        building.set("node", "cmp1");
        db.instances().save(building, org.jnova.ports.persistence.StateExpectation.NONE);
        assertThat(healer.heal()).isEqualTo(new AllocationHealer.Result(0, 0, 0));
        assertThat(placement.allocations(building.getUuid()).allocations()).containsOnlyKeys(cmp1);
    }

    private String node(String host) {
        ComputeNode n = new ComputeNode();
        n.set("host", host);
        n.set("hypervisor_hostname", host);
        n.set("memory_mb", 4096L);
        n.set("vcpus", 8L);
        n.set("local_gb", 100L);
        String uuid = db.computeNodes().create(n).getUuid();
        placement.ensureProvider(uuid, host);
        placement.setInventories(uuid, Map.of(ResourceClass.VCPU, Inventory.of(8, 0, 16.0),
                ResourceClass.MEMORY_MB, Inventory.of(4096, 0, 1.5), ResourceClass.DISK_GB, Inventory.of(100, 0, 1.0)));
        return uuid;
    }

    private Instance instance(String host) {
        Instance i = new Instance();
        i.set("uuid", UUID.randomUUID().toString());
        i.set("project_id", "p1");
        i.set("user_id", "u1");
        i.set("vm_state", host == null ? "building" : "active");
        i.set("host", host);
        i.set("node", host);
        i.set("flavor", db.flavors().getByFlavorId("1"));
        return db.instances().create(i);
    }

    private String claim(String consumer, String provider) {
        placement.claim(AllocationClaim.onProvider(consumer, "p1", "u1", provider, TINY));
        return consumer;
    }
}
