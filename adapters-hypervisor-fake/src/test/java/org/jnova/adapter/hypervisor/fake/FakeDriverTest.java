package org.jnova.adapter.hypervisor.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.AvailableResource;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.HypervisorException;
import org.jnova.ports.hypervisor.LifecycleEvent;
import org.jnova.ports.hypervisor.RebootType;
import org.junit.jupiter.api.Test;

class FakeDriverTest {
    private static final RequestContext CTX = RequestContext.admin();
    private final FakeDriverFactory factory = new FakeDriverFactory();

    private static Instance instance(String uuid, Map<String, String> metadata) {
        Instance i = new Instance();
        i.set("uuid", uuid);
        i.set("id", 7L);
        i.set("vcpus", 2);
        i.set("memory_mb", 512);
        i.set("root_gb", 10);
        i.set("ephemeral_gb", 5);
        i.set("metadata", metadata);
        return i;
    }

    private HypervisorDriver driver(MapConfigView config) {
        HypervisorDriver d = factory.create("fake.FakeDriver", config);
        d.initHost(config.host());
        return d;
    }

    @Test
    void unknownGuestIsInstanceNotFound() {
        HypervisorDriver d = driver(new MapConfigView("h1"));
        Instance i = instance("u-1", Map.of());
        assertThatThrownBy(() -> d.getInfo(i)).isInstanceOf(InstanceNotFound.class).hasMessageContaining("u-1");
        assertThatThrownBy(() -> d.powerOn(CTX, i)).isInstanceOf(InstanceNotFound.class);
        d.destroy(CTX, i, true); // a missing guest only warns
    }

    @Test
    void lifecycleOfAGuestChangesPowerStateAndEmitsEvents() {
        HypervisorDriver d = driver(new MapConfigView("h1"));
        List<LifecycleEvent> events = new ArrayList<>();
        d.registerEventListener(events::add);
        Instance i = instance("u-1", Map.of());
        d.spawn(CTX, i, Map.of(), null, true);
        assertThat(d.getInfo(i).state()).isEqualTo(PowerState.RUNNING);
        assertThat(d.listInstanceUuids()).containsExactly("u-1");
        assertThat(d.listInstances()).containsExactly("instance-00000007");
        d.powerOff(i, 0, 0);
        assertThat(d.getInfo(i).state()).isEqualTo(PowerState.SHUTDOWN);
        d.powerOn(CTX, i);
        d.pause(i);
        assertThat(d.getInfo(i).state()).isEqualTo(PowerState.PAUSED);
        d.unpause(i);
        d.suspend(CTX, i);
        assertThat(d.getInfo(i).state()).isEqualTo(PowerState.SUSPENDED);
        d.resume(CTX, i);
        d.powerOff(i, 0, 0);
        d.reboot(CTX, i, RebootType.SOFT);
        assertThat(d.getInfo(i).state()).isEqualTo(PowerState.RUNNING);
        d.destroy(CTX, i, true);
        assertThat(d.listInstanceUuids()).isEmpty();
        assertThat(events).extracting(LifecycleEvent::transition).containsExactly(
                LifecycleEvent.Transition.STARTED, LifecycleEvent.Transition.STOPPED,
                LifecycleEvent.Transition.STARTED, LifecycleEvent.Transition.PAUSED,
                LifecycleEvent.Transition.RESUMED, LifecycleEvent.Transition.SUSPENDED,
                LifecycleEvent.Transition.RESUMED, LifecycleEvent.Transition.STOPPED,
                LifecycleEvent.Transition.STARTED, LifecycleEvent.Transition.STOPPED);
    }

    @Test
    void spawnWithoutPowerOnLeavesTheGuestShutdownAndHardRebootRecreatesAMissingOne() {
        HypervisorDriver d = driver(new MapConfigView("h1"));
        Instance i = instance("u-1", Map.of());
        d.spawn(CTX, i, Map.of(), null, false);
        assertThat(d.getInfo(i).state()).isEqualTo(PowerState.SHUTDOWN);
        Instance missing = instance("u-2", Map.of());
        d.reboot(CTX, missing, RebootType.HARD);
        assertThat(d.getInfo(missing).state()).isEqualTo(PowerState.RUNNING);
    }

    @Test
    void faultInjectedByConfigFailsThatOperationForEveryInstanceAndKeepsTheState() {
        HypervisorDriver d = driver(new MapConfigView("h1")
                .set(FakeDriverOptions.FAIL_OPERATIONS, List.of("power_off", "pause")));
        Instance i = instance("u-1", Map.of());
        d.spawn(CTX, i, Map.of(), null, true);
        assertThatThrownBy(() -> d.powerOff(i, 60, 10)).isInstanceOf(HypervisorException.class)
                .hasMessage("fake failure injected into power_off for instance u-1");
        assertThatThrownBy(() -> d.pause(i)).hasMessage("fake failure injected into pause for instance u-1");
        assertThat(d.getInfo(i).state()).isEqualTo(PowerState.RUNNING);
        d.suspend(CTX, i);
        assertThat(d.getInfo(i).state()).isEqualTo(PowerState.SUSPENDED);
    }

    @Test
    void faultInjectedByMetadataFailsOnlyThatInstance() {
        HypervisorDriver d = driver(new MapConfigView("h1"));
        Instance failing = instance("u-bad", Map.of("fake_fail", "spawn, reboot"));
        Instance fine = instance("u-ok", Map.of());
        assertThatThrownBy(() -> d.spawn(CTX, failing, Map.of(), null, true))
                .hasMessage("fake failure injected into spawn for instance u-bad");
        assertThat(d.listInstanceUuids()).isEmpty();
        d.spawn(CTX, fine, Map.of(), null, true);
        d.reboot(CTX, fine, RebootType.HARD);
        assertThat(d.listInstanceUuids()).containsExactly("u-ok");
    }

    @Test
    void unknownOperationNameInConfigIsRejected() {
        MapConfigView config = new MapConfigView("h1").set(FakeDriverOptions.FAIL_OPERATIONS, List.of("explode"));
        assertThatThrownBy(() -> factory.create("fake.FakeDriver", config))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explode").hasMessageContaining("power_off");
    }

    @Test
    void resourcesComeFromTheVariantOrConfigAndUsageFromTheGuests() {
        HypervisorDriver d = driver(new MapConfigView("h1"));
        assertThat(d.getAvailableNodes(false)).containsExactly("h1");
        d.spawn(CTX, instance("u-1", Map.of()), Map.of(), null, true);
        d.spawn(CTX, instance("u-2", Map.of()), Map.of(), null, true);
        AvailableResource r = d.getAvailableResource("h1");
        assertThat(r.vcpus()).isEqualTo(1000);
        assertThat(r.memoryMb()).isEqualTo(800000);
        assertThat(r.localGb()).isEqualTo(600000);
        assertThat(r.vcpusUsed()).isEqualTo(4);
        assertThat(r.memoryMbUsed()).isEqualTo(1024);
        assertThat(r.localGbUsed()).isEqualTo(30);
        assertThat(r.hypervisorType()).isEqualTo("fake");
        assertThat(r.hypervisorVersion()).isEqualTo(1000);
        assertThat(r.hypervisorHostname()).isEqualTo("h1");
        assertThatThrownBy(() -> d.getAvailableResource("other")).isInstanceOf(HypervisorException.class);

        HypervisorDriver small = factory.create("fake.SmallFakeDriver", new MapConfigView("compute"));
        small.initHost("compute");
        assertThat(small.getAvailableNodes(false)).containsExactly("fake-mini");
        AvailableResource s = small.getAvailableResource("fake-mini");
        assertThat(List.of(s.vcpus(), s.memoryMb(), s.localGb())).containsExactly(2, 8192, 1028);

        HypervisorDriver configured = factory.create("fake.MediumFakeDriver",
                new MapConfigView("h2").set(FakeDriverOptions.VCPUS, 64));
        AvailableResource m = configured.getAvailableResource("h2");
        assertThat(List.of(m.vcpus(), m.memoryMb(), m.localGb())).containsExactly(64, 8192, 1028);
    }

    @Test
    void factoryRefusesNamesItDoesNotServe() {
        assertThat(factory.aliases()).contains("fake.SmallFakeDriver", "fake.MediumFakeDriver");
        assertThatThrownBy(() -> factory.create("libvirt.LibvirtDriver", new MapConfigView("h")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("libvirt.LibvirtDriver");
    }

    @Test
    void consoleOutputIsNovasFixedText() {
        HypervisorDriver d = driver(new MapConfigView("h1"));
        Instance i = instance("u-1", Map.of());
        d.spawn(CTX, i, Map.of(), null, true);
        assertThat(d.getConsoleOutput(CTX, i)).isEqualTo("FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE");
    }
}
