package org.jnova.adapter.hypervisor.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.LifecycleEvent;
import org.jnova.ports.hypervisor.LifecycleEvent.Transition;
import org.jnova.ports.hypervisor.RebootType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.event.DomainEventType;

/** Nova's event mapping and STOPPED delay, alone and fed by the test driver's real events. */
class LifecycleEventsTest {
    private static final RequestContext CTX = RequestContext.admin();

    @TempDir
    Path statePath;

    private final List<LifecycleEvent> received = new CopyOnWriteArrayList<>();

    private List<Transition> transitionsFor(String uuid) {
        return received.stream().filter(e -> e.instanceUuid().equals(uuid)).map(LifecycleEvent::transition).toList();
    }

    private void awaitTransitions(String uuid, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (transitionsFor(uuid).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void libvirtEventTypesMapToNovaTransitions() {
        assertThat(LifecycleEvents.transitionOf(DomainEventType.STARTED)).contains(Transition.STARTED);
        assertThat(LifecycleEvents.transitionOf(DomainEventType.STOPPED)).contains(Transition.STOPPED);
        assertThat(LifecycleEvents.transitionOf(DomainEventType.SUSPENDED)).contains(Transition.PAUSED);
        assertThat(LifecycleEvents.transitionOf(DomainEventType.RESUMED)).contains(Transition.RESUMED);
        assertThat(LifecycleEvents.transitionOf(DomainEventType.DEFINED)).isEmpty();
        assertThat(LifecycleEvents.transitionOf(DomainEventType.UNDEFINED)).isEmpty();
    }

    @Test
    void stoppedIsHeldForTheDelayThenDelivered() throws Exception {
        try (LifecycleEvents events = new LifecycleEvents(Duration.ofMillis(300))) {
            events.setListener(received::add);
            events.accept("u1", DomainEventType.STOPPED, null);

            Thread.sleep(100);
            assertThat(received).isEmpty();
            awaitTransitions("u1", 1);
            assertThat(transitionsFor("u1")).containsExactly(Transition.STOPPED);
        }
    }

    @Test
    void aLaterEventForTheSameGuestCancelsThePendingStop() throws Exception {
        try (LifecycleEvents events = new LifecycleEvents(Duration.ofMillis(300))) {
            events.setListener(received::add);
            events.accept("u1", DomainEventType.STOPPED, null);
            events.accept("u2", DomainEventType.STOPPED, null);
            events.accept("u1", DomainEventType.DEFINED, null);
            events.accept("u1", DomainEventType.STARTED, null);

            Thread.sleep(600);
            assertThat(transitionsFor("u1")).containsExactly(Transition.STARTED);
            assertThat(transitionsFor("u2")).containsExactly(Transition.STOPPED);
        }
    }

    @Test
    void theTestDriversEventsReachTheListenerIncludingAStopBehindJnovasBack() throws Exception {
        TestGuests.assumeLibvirtInstalled();
        LibvirtDriver driver = TestGuests.driver(new ScriptedBinding(), statePath, 1, Duration.ofMillis(200));
        driver.initHost("compute1");
        driver.registerEventListener(received::add);
        Instance instance = TestGuests.instance();
        String uuid = instance.getUuid();
        try {
            driver.spawn(CTX, instance, Map.of(), null, true);
            driver.pause(instance);
            driver.unpause(instance);
            awaitTransitions(uuid, 3);
            assertThat(transitionsFor(uuid)).containsExactly(Transition.STARTED, Transition.PAUSED,
                    Transition.RESUMED);

            // a hard reboot stops and starts: the STOPPED is swallowed by the STARTED that follows
            driver.reboot(CTX, instance, RebootType.HARD);
            awaitTransitions(uuid, 4);
            Thread.sleep(400);
            assertThat(transitionsFor(uuid)).containsExactly(Transition.STARTED, Transition.PAUSED,
                    Transition.RESUMED, Transition.STARTED);

            Connect side = TestGuests.sideConnection();
            try {
                Domain domain = side.domainLookupByUUIDString(uuid);
                domain.destroy();
                domain.free();
            } finally {
                side.close();
            }
            awaitTransitions(uuid, 5);
            assertThat(transitionsFor(uuid)).last().isEqualTo(Transition.STOPPED);
            assertThat(driver.getInfo(instance).state()).isEqualTo(PowerState.SHUTDOWN);
        } finally {
            driver.destroy(CTX, instance, true);
            driver.cleanupHost("compute1");
        }
    }

    @Test
    void eventsKeepFlowingAfterTheConnectionIsReopened() throws Exception {
        TestGuests.assumeLibvirtInstalled();
        ScriptedBinding binding = new ScriptedBinding();
        LibvirtDriver driver = TestGuests.driver(binding, statePath, 1, Duration.ofMillis(200));
        driver.initHost("compute1");
        driver.registerEventListener(received::add);
        Instance instance = TestGuests.instance();
        String uuid = instance.getUuid();
        try {
            driver.spawn(CTX, instance, Map.of(), null, true);
            awaitTransitions(uuid, 1);
            binding.dropConnectionOnce = true;

            driver.pause(instance);
            awaitTransitions(uuid, 2);

            assertThat(binding.opens).hasValue(2);
            assertThat(transitionsFor(uuid)).containsExactly(Transition.STARTED, Transition.PAUSED);
        } finally {
            driver.destroy(CTX, instance, true);
            driver.cleanupHost("compute1");
        }
    }
}
