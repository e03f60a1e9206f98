package org.jnova.adapter.hypervisor.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.AvailableResource;
import org.jnova.ports.hypervisor.HypervisorException;
import org.jnova.ports.hypervisor.RebootType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.Domain;

/** Every driver method against libvirt's in-process test driver (test:///default). */
class LibvirtDriverTest {
    private static final RequestContext CTX = RequestContext.admin();

    @TempDir
    Path statePath;

    private final ScriptedBinding binding = new ScriptedBinding();
    private final List<Instance> spawned = new ArrayList<>();
    private LibvirtDriver driver;

    @BeforeEach
    void start() {
        TestGuests.assumeLibvirtInstalled();
        driver = TestGuests.driver(binding, statePath, 1, Duration.ofMillis(200));
        driver.initHost("compute1");
    }

    @AfterEach
    void stop() {
        if (driver == null) {
            return;
        }
        binding.libvirtDown = false;
        binding.ignoreShutdown = false;
        for (Instance instance : spawned) {
            driver.destroy(CTX, instance, true);
        }
        driver.cleanupHost("compute1");
    }

    private Instance spawn(boolean powerOn) {
        Instance instance = TestGuests.instance();
        spawned.add(instance);
        driver.spawn(CTX, instance, Map.of("id", "155d900f-4e14-4e4c-a73d-069cbf4541e6"), "secret", powerOn);
        return instance;
    }

    private PowerState state(Instance instance) {
        return driver.getInfo(instance).state();
    }

    private int domainId(Instance instance) {
        return Integer.parseInt(driver.getInfo(instance).internalId());
    }

    @Test
    void spawnDefinesAndStartsTheGuestUnderNovasNameAndUuid() throws Exception {
        Instance instance = spawn(true);

        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);
        assertThat(domainId(instance)).isPositive();
        assertThat(driver.listInstances()).contains(String.format("instance-%08x", instance.getId()));
        assertThat(driver.listInstanceUuids()).contains(instance.getUuid());
        assertThat(driver.instanceExists(instance)).isTrue();
        Connect side = TestGuests.sideConnection();
        try {
            Domain domain = side.domainLookupByUUIDString(instance.getUuid());
            String xml = domain.getXMLDesc(0);
            assertThat(domain.getName()).isEqualTo(instance.getName());
            assertThat(domain.getInfo().nrVirtCpu).isEqualTo(2);
            assertThat(domain.getInfo().maxMem).isEqualTo(64 * 1024);
            assertThat(xml).contains(DomainXml.NOVA_NAMESPACE).contains("vm &lt;one&gt; &amp; 'two'")
                    .contains("m1.tiny").contains("155d900f-4e14-4e4c-a73d-069cbf4541e6");
            domain.free();
        } finally {
            side.close();
        }
    }

    @Test
    void spawnWithoutPowerOnLeavesTheGuestDefinedAndShutDown() {
        Instance instance = spawn(false);

        assertThat(state(instance)).isEqualTo(PowerState.SHUTDOWN);
        assertThat(domainId(instance)).isEqualTo(-1);
    }

    @Test
    void spawnThatLibvirtRefusesLeavesNothingBehind() {
        Instance instance = TestGuests.instance();
        instance.set("uuid", "not-a-uuid");

        assertThatThrownBy(() -> driver.spawn(CTX, instance, Map.of(), null, true))
                .isInstanceOf(HypervisorException.class)
                .hasMessageContaining("spawn of instance not-a-uuid failed");
        assertThat(driver.listInstances()).doesNotContain(instance.getName());
    }

    @Test
    void spawnThatClashesWithAnotherDomainsNameFailsAndLeavesThatDomainAlone() throws Exception {
        Instance first = spawn(true);
        Instance clash = TestGuests.instance();
        clash.set("id", first.getId());

        assertThatThrownBy(() -> driver.spawn(CTX, clash, Map.of(), null, true))
                .isInstanceOf(HypervisorException.class)
                .hasMessageContaining(clash.getUuid());
        assertThat(driver.listInstanceUuids()).contains(first.getUuid()).doesNotContain(clash.getUuid());
        assertThat(state(first)).isEqualTo(PowerState.RUNNING);
    }

    @Test
    void spawnWhoseStartFailsAfterTheDefineUndefinesTheGuest() throws Exception {
        Instance instance = TestGuests.instance();
        Connect side = TestGuests.sideConnection();
        try {
            // the same guest already running: the define is accepted, the start is refused
            String xml = DomainXml.build(instance, Map.of(), CTX, "test", java.time.Instant.now());
            side.domainDefineXML(xml).create();

            assertThatThrownBy(() -> driver.spawn(CTX, instance, Map.of(), null, true))
                    .isInstanceOf(HypervisorException.class)
                    .hasMessageContaining("spawn of instance " + instance.getUuid());
            assertThat(driver.listInstanceUuids()).doesNotContain(instance.getUuid());
        } finally {
            side.close();
        }
    }

    @Test
    void spawnOfAnInstanceWithoutSizeFailsBeforeTouchingLibvirt() {
        Instance instance = TestGuests.instance();
        instance.set("memory_mb", null);
        instance.unset("flavor");

        assertThatThrownBy(() -> driver.spawn(CTX, instance, Map.of(), null, true))
                .isInstanceOf(HypervisorException.class)
                .hasMessageContaining("no positive memory_mb");
        assertThat(driver.listInstanceUuids()).doesNotContain(instance.getUuid());
    }

    @Test
    void operationsOnAnUnknownGuestRaiseInstanceNotFound() {
        Instance ghost = TestGuests.instance();

        assertThatThrownBy(() -> driver.getInfo(ghost)).isInstanceOf(InstanceNotFound.class)
                .hasMessageContaining(ghost.getUuid());
        assertThatThrownBy(() -> driver.pause(ghost)).isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> driver.unpause(ghost)).isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> driver.suspend(CTX, ghost)).isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> driver.resume(CTX, ghost)).isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> driver.reboot(CTX, ghost, RebootType.SOFT)).isInstanceOf(InstanceNotFound.class);
        assertThat(driver.instanceExists(ghost)).isFalse();
    }

    @Test
    void destroyRemovesTheGuestAndSucceedsWhenItIsAlreadyGone() {
        Instance instance = spawn(true);

        driver.destroy(CTX, instance, true);
        driver.destroy(CTX, instance, true);

        assertThat(driver.listInstanceUuids()).doesNotContain(instance.getUuid());
        assertThatThrownBy(() -> driver.getInfo(instance)).isInstanceOf(InstanceNotFound.class);
    }

    @Test
    void pauseAndUnpause() {
        Instance instance = spawn(true);

        driver.pause(instance);
        assertThat(state(instance)).isEqualTo(PowerState.PAUSED);
        driver.unpause(instance);
        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);
    }

    @Test
    void suspendSavesTheGuestAndResumeRestoresIt() throws Exception {
        Instance instance = spawn(true);

        driver.suspend(CTX, instance);
        assertThat(state(instance)).isEqualTo(PowerState.SHUTDOWN);
        Connect side = TestGuests.sideConnection();
        try {
            Domain domain = side.domainLookupByUUIDString(instance.getUuid());
            assertThat(domain.hasManagedSaveImage()).isEqualTo(1);
            domain.free();
        } finally {
            side.close();
        }
        driver.resume(CTX, instance);
        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);
    }

    @Test
    void destroyOfASuspendedGuestDropsItsManagedSaveImage() {
        Instance instance = spawn(true);
        driver.suspend(CTX, instance);

        driver.destroy(CTX, instance, true);

        assertThat(driver.listInstanceUuids()).doesNotContain(instance.getUuid());
    }

    @Test
    void powerOffWithACooperativeGuestShutsItDownCleanlyAndKeepsItDefined() {
        Instance instance = spawn(true);

        driver.powerOff(instance, 5, 1);

        assertThat(state(instance)).isEqualTo(PowerState.SHUTDOWN);
        assertThat(binding.shutdownRequests).hasValue(1);
        assertThat(driver.listInstanceUuids()).contains(instance.getUuid());
    }

    @Test
    void powerOffOfAGuestIgnoringShutdownRetriesThenDestroysAfterTheTimeout() {
        Instance instance = spawn(true);
        binding.ignoreShutdown = true;

        long start = System.nanoTime();
        driver.powerOff(instance, 3, 1);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(state(instance)).isEqualTo(PowerState.SHUTDOWN);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        // the first request, then one every retry interval (after 1 s of countdown) within the 3 s
        assertThat(binding.shutdownRequests.get()).isBetween(2, 3);
    }

    @Test
    void powerOffWithoutTimeoutDestroysAtOnce() {
        Instance instance = spawn(true);

        driver.powerOff(instance, 0, 0);

        assertThat(state(instance)).isEqualTo(PowerState.SHUTDOWN);
        assertThat(binding.shutdownRequests).hasValue(0);
    }

    @Test
    void powerOnStartsAStoppedGuest() {
        Instance instance = spawn(true);
        driver.powerOff(instance, 0, 0);

        driver.powerOn(CTX, instance);

        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);
    }

    @Test
    void softRebootShutsDownAndStartsTheGuestUnderANewDomainId() {
        Instance instance = spawn(true);
        int before = domainId(instance);

        driver.reboot(CTX, instance, RebootType.SOFT);

        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);
        assertThat(domainId(instance)).isNotEqualTo(before);
        assertThat(binding.shutdownRequests).hasValue(1);
    }

    @Test
    void softRebootOfAGuestIgnoringShutdownFallsBackToHardReboot() {
        Instance instance = spawn(true);
        int before = domainId(instance);
        binding.ignoreShutdown = true;

        driver.reboot(CTX, instance, RebootType.SOFT);

        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);
        assertThat(domainId(instance)).isNotEqualTo(before);
        assertThat(binding.shutdownRequests).hasValue(1);
    }

    @Test
    void hardRebootEndsRunningEvenFromPausedOrStopped() {
        Instance instance = spawn(true);
        driver.pause(instance);

        driver.reboot(CTX, instance, RebootType.HARD);
        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);

        driver.powerOff(instance, 0, 0);
        driver.reboot(CTX, instance, RebootType.SOFT);
        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);
    }

    @Test
    void resumeStateOnHostBootStartsOnlyAStoppedGuest() {
        Instance instance = spawn(true);
        int running = domainId(instance);
        driver.resumeStateOnHostBoot(CTX, instance);
        assertThat(domainId(instance)).isEqualTo(running);

        driver.powerOff(instance, 0, 0);
        driver.resumeStateOnHostBoot(CTX, instance);
        assertThat(state(instance)).isEqualTo(PowerState.RUNNING);
    }

    @Test
    void availableResourceReportsTheNodesFiguresAndRunningGuests() {
        Instance instance = spawn(true);

        List<String> nodes = driver.getAvailableNodes(false);
        AvailableResource resource = driver.getAvailableResource(nodes.get(0));

        assertThat(nodes).hasSize(1);
        assertThat(resource.hypervisorHostname()).isEqualTo(nodes.get(0));
        // test:///default describes a 16-CPU, 3 GiB node
        assertThat(resource.vcpus()).isEqualTo(16);
        assertThat(resource.memoryMb()).isEqualTo(3072);
        assertThat(resource.vcpusUsed()).isGreaterThanOrEqualTo(instance.getVcpus());
        assertThat(resource.memoryMbUsed()).isGreaterThanOrEqualTo(instance.getMemoryMb());
        assertThat(resource.hypervisorType()).isEqualTo("TEST");
        assertThat(resource.localGb()).isPositive();
        assertThat(resource.localGbUsed()).isBetween(0, resource.localGb());
        assertThat(resource.cpuInfo()).startsWith("{\"arch\": \"i686\"")
                .contains("\"topology\": {\"cells\": 2, \"sockets\": 2, \"cores\": 2, \"threads\": 2}")
                .contains("\"pae\"");
    }
}
