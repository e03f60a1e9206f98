package org.jnova.ports.hypervisor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;

/**
 * The hypervisor port, after Nova's {@code nova/virt/driver.py ComputeDriver} (spec §9.2). Platform ids
 * stay inside the driver: callers speak in {@link Instance} objects. The driver reads the instance, it
 * never saves it; the compute manager owns every state change.
 * <p>
 * Errors: an unknown guest is {@link org.jnova.domain.error.InstanceNotFound}; an operation the driver
 * cannot do is {@link UnsupportedDriverOperationException}; anything else is a
 * {@link HypervisorException} (or a {@link org.jnova.domain.error.NovaException}) with a message an
 * operator can act on.
 */
public interface HypervisorDriver {

    /** The {@code supports_*} flags; the manager checks them before calling optional methods. */
    Set<DriverCapability> capabilities();

    /** Connects and prepares the host; called once before instances are initialised. */
    void initHost(String host);

    /** Releases what {@link #initHost} took; called on graceful stop. */
    default void cleanupHost(String host) {
    }

    /** The guest's power state; MUST throw InstanceNotFound for an unknown guest. */
    InstanceInfo getInfo(Instance instance);

    /** Names of the guests the driver knows. */
    List<String> listInstances();

    /** UUIDs of the guests the driver knows. */
    List<String> listInstanceUuids();

    default int getNumInstances() {
        return listInstances().size();
    }

    default boolean instanceExists(Instance instance) {
        return listInstanceUuids().contains(instance.getUuid());
    }

    /**
     * Creates and (if {@code powerOn}) starts the guest. MUST leave it RUNNING (SHUTDOWN if not powering
     * on); if it fails, any partial guest MUST be cleaned up completely.
     */
    void spawn(RequestContext context, Instance instance, Map<String, Object> imageMeta, String adminPassword,
               boolean powerOn);

    /** Destroys the guest; MUST succeed if the guest does not exist. */
    void destroy(RequestContext context, Instance instance, boolean destroyDisks);

    /** Reboots; MUST end RUNNING even if the guest was paused or halted. */
    void reboot(RequestContext context, Instance instance, RebootType type);

    /**
     * Powers off: with {@code timeoutSeconds > 0}, asks the guest to shut down cleanly, re-asking every
     * {@code retryIntervalSeconds}, then forces it off. The guest stays defined.
     */
    void powerOff(Instance instance, int timeoutSeconds, int retryIntervalSeconds);

    void powerOn(RequestContext context, Instance instance);

    void pause(Instance instance);

    void unpause(Instance instance);

    void suspend(RequestContext context, Instance instance);

    void resume(RequestContext context, Instance instance);

    /** Brings a guest back after a host reboot; the default is a hard reboot. */
    default void resumeStateOnHostBoot(RequestContext context, Instance instance) {
        reboot(context, instance, RebootType.HARD);
    }

    /** The node's figures for the resource tracker; {@code hypervisorHostname} equals {@code nodename}. */
    AvailableResource getAvailableResource(String nodename);

    /** Node names; a single-node driver returns {@code [hypervisor_hostname]}. */
    List<String> getAvailableNodes(boolean refresh);

    default String getConsoleOutput(RequestContext context, Instance instance) {
        throw new UnsupportedDriverOperationException("get_console_output");
    }

    /**
     * Registers the listener for lifecycle events ({@code register_event_listener}); null unregisters.
     * Drivers that emit no events ignore it.
     */
    default void registerEventListener(Consumer<LifecycleEvent> listener) {
    }
}
