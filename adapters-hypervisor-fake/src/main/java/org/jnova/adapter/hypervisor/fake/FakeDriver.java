package org.jnova.adapter.hypervisor.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.AvailableResource;
import org.jnova.ports.hypervisor.DriverCapability;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.HypervisorException;
import org.jnova.ports.hypervisor.InstanceInfo;
import org.jnova.ports.hypervisor.LifecycleEvent;
import org.jnova.ports.hypervisor.LifecycleEvent.Transition;
import org.jnova.ports.hypervisor.RebootType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nova's {@code fake.FakeDriver} (spec §9.3): guests live in a map, nothing touches a real hypervisor.
 * <p>
 * Deliberate difference from Nova: Nova's fake keeps a guest RUNNING through pause and suspend (they
 * are no-ops there). jnova's fake reports PAUSED after pause and SUSPENDED after suspend (RUNNING again
 * after unpause/resume), so that the manager's power-state refresh and the periodic power-state sync
 * see the truth, exactly as they would with libvirt. Every state change is also emitted as a
 * {@link LifecycleEvent} to the registered listener.
 * <p>
 * Fault injection: see {@link FaultInjector}; an injected failure leaves the guest as it was.
 */
final class FakeDriver implements HypervisorDriver {
    private static final Logger LOG = LoggerFactory.getLogger(FakeDriver.class);
    static final String CONSOLE_OUTPUT = "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE";
    static final String CPU_INFO = "{\"arch\": \"x86_64\", \"model\": \"Nehalem\", \"vendor\": \"Intel\", "
            + "\"features\": [\"pge\", \"clflush\"], \"topology\": {\"cores\": 1, \"threads\": 1, \"sockets\": 4}}";

    private final FakeHostSize size;
    private final FaultInjector faults;
    private final long operationDelayMs;
    private final Map<String, FakeGuest> guests = new ConcurrentHashMap<>();
    private volatile List<String> nodes;
    private volatile Consumer<LifecycleEvent> listener;

    FakeDriver(FakeHostSize size, FaultInjector faults, long operationDelayMs, String host) {
        this.size = size;
        this.faults = faults;
        this.operationDelayMs = operationDelayMs;
        this.nodes = nodesFor(host);
    }

    private static List<String> nodesFor(String host) {
        return List.of("compute".equals(host) ? "fake-mini" : host);
    }

    @Override
    public Set<DriverCapability> capabilities() {
        return EnumSet.of(DriverCapability.HAS_IMAGECACHE, DriverCapability.SUPPORTS_EVACUATE,
                DriverCapability.SUPPORTS_PAUSE, DriverCapability.SUPPORTS_SUSPEND,
                DriverCapability.SUPPORTS_SOFT_REBOOT, DriverCapability.SUPPORTS_LIFECYCLE_EVENTS,
                DriverCapability.SUPPORTS_CONSOLE_OUTPUT);
    }

    @Override
    public void initHost(String host) {
        nodes = nodesFor(host);
    }

    @Override
    public InstanceInfo getInfo(Instance instance) {
        return new InstanceInfo(guest(instance).state(), instance.getUuid());
    }

    @Override
    public List<String> listInstances() {
        return guests.values().stream().map(FakeGuest::name).toList();
    }

    @Override
    public List<String> listInstanceUuids() {
        return new ArrayList<>(guests.keySet());
    }

    @Override
    public void spawn(RequestContext context, Instance instance, Map<String, Object> imageMeta,
                      String adminPassword, boolean powerOn) {
        operate(FakeOperation.SPAWN, instance);
        PowerState state = powerOn ? PowerState.RUNNING : PowerState.SHUTDOWN;
        String name = instance.getName() == null ? instance.getUuid() : instance.getName();
        guests.put(instance.getUuid(), new FakeGuest(instance.getUuid(), name, state,
                vcpusOf(instance), memoryOf(instance), diskOf(instance)));
        emit(instance, powerOn ? Transition.STARTED : Transition.STOPPED);
    }

    @Override
    public void destroy(RequestContext context, Instance instance, boolean destroyDisks) {
        operate(FakeOperation.DESTROY, instance);
        if (guests.remove(instance.getUuid()) == null) {
            LOG.warn("Key '{}' not in instances '{}'", instance.getUuid(), guests.keySet());
        } else {
            emit(instance, Transition.STOPPED);
        }
    }

    @Override
    public void reboot(RequestContext context, Instance instance, RebootType type) {
        operate(FakeOperation.REBOOT, instance);
        if (type == RebootType.HARD && !guests.containsKey(instance.getUuid())) {
            // Nova's fake re-creates a missing guest on a hard reboot.
            spawn(context, instance, Map.of(), null, true);
            return;
        }
        setState(instance, PowerState.RUNNING, Transition.STARTED);
    }

    @Override
    public void powerOff(Instance instance, int timeoutSeconds, int retryIntervalSeconds) {
        operate(FakeOperation.POWER_OFF, instance);
        setState(instance, PowerState.SHUTDOWN, Transition.STOPPED);
    }

    @Override
    public void powerOn(RequestContext context, Instance instance) {
        operate(FakeOperation.POWER_ON, instance);
        setState(instance, PowerState.RUNNING, Transition.STARTED);
    }

    @Override
    public void pause(Instance instance) {
        operate(FakeOperation.PAUSE, instance);
        setState(instance, PowerState.PAUSED, Transition.PAUSED);
    }

    @Override
    public void unpause(Instance instance) {
        operate(FakeOperation.UNPAUSE, instance);
        setState(instance, PowerState.RUNNING, Transition.RESUMED);
    }

    @Override
    public void suspend(RequestContext context, Instance instance) {
        operate(FakeOperation.SUSPEND, instance);
        setState(instance, PowerState.SUSPENDED, Transition.SUSPENDED);
    }

    @Override
    public void resume(RequestContext context, Instance instance) {
        operate(FakeOperation.RESUME, instance);
        setState(instance, PowerState.RUNNING, Transition.RESUMED);
    }

    @Override
    public AvailableResource getAvailableResource(String nodename) {
        if (!nodes.contains(nodename)) {
            throw new HypervisorException("fake driver has no node '" + nodename + "' (nodes: " + nodes + ")");
        }
        int vcpusUsed = 0;
        int memoryUsed = 0;
        int diskUsed = 0;
        for (FakeGuest g : guests.values()) {
            vcpusUsed += g.vcpus();
            memoryUsed += g.memoryMb();
            diskUsed += g.diskGb();
        }
        return new AvailableResource(size.vcpus(), size.memoryMb(), size.localGb(), vcpusUsed, memoryUsed,
                diskUsed, "fake", 1000, nodename, CPU_INFO, 0);
    }

    @Override
    public List<String> getAvailableNodes(boolean refresh) {
        return nodes;
    }

    @Override
    public String getConsoleOutput(RequestContext context, Instance instance) {
        guest(instance);
        return CONSOLE_OUTPUT;
    }

    @Override
    public void registerEventListener(Consumer<LifecycleEvent> newListener) {
        this.listener = newListener;
    }

    private FakeGuest guest(Instance instance) {
        FakeGuest g = guests.get(instance.getUuid());
        if (g == null) {
            throw new InstanceNotFound(instance.getUuid());
        }
        return g;
    }

    /** The common prologue of a guest operation: the configured delay, then any injected failure. */
    private void operate(FakeOperation op, Instance instance) {
        if (operationDelayMs > 0) {
            try {
                Thread.sleep(operationDelayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HypervisorException("fake " + op.configName() + " interrupted for instance "
                        + instance.getUuid(), e);
            }
        }
        faults.check(op, instance);
    }

    private void setState(Instance instance, PowerState state, Transition transition) {
        FakeGuest updated = guests.computeIfPresent(instance.getUuid(), (k, g) -> g.withState(state));
        if (updated == null) {
            throw new InstanceNotFound(instance.getUuid());
        }
        emit(instance, transition);
    }

    private void emit(Instance instance, Transition transition) {
        Consumer<LifecycleEvent> l = listener;
        if (l != null) {
            try {
                l.accept(new LifecycleEvent(instance.getUuid(), transition, Instant.now()));
            } catch (RuntimeException e) {
                LOG.warn("lifecycle listener failed for {} {}", instance.getUuid(), transition, e);
            }
        }
    }

    private static int vcpusOf(Instance instance) {
        Integer v = instance.getVcpus();
        Flavor f = instance.isSet("flavor") ? instance.getFlavor() : null;
        return v != null ? v : f != null ? f.getVcpus() : 0;
    }

    private static int memoryOf(Instance instance) {
        Integer v = instance.getMemoryMb();
        Flavor f = instance.isSet("flavor") ? instance.getFlavor() : null;
        return v != null ? v : f != null ? f.getMemoryMb() : 0;
    }

    private static int diskOf(Instance instance) {
        Integer root = instance.getRootGb();
        Object eph = instance.get("ephemeral_gb");
        Flavor f = instance.isSet("flavor") ? instance.getFlavor() : null;
        if (root == null && f != null) {
            return f.getRootGb() + f.getEphemeralGb();
        }
        return (root == null ? 0 : root) + (eph instanceof Number n ? n.intValue() : 0);
    }
}
