package org.jnova.compute.manager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.common.service.Manager;
import org.jnova.common.service.PeriodicTask;
import org.jnova.compute.endpoint.ComputeEndpoint;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.ops.BuildExecutor;
import org.jnova.compute.ops.BuildFailures;
import org.jnova.compute.ops.BuildOperations;
import org.jnova.compute.ops.ComputeSettings;
import org.jnova.compute.ops.ConsoleOperations;
import org.jnova.compute.ops.DeleteOperations;
import org.jnova.compute.ops.InstanceLocks;
import org.jnova.compute.ops.InstanceTaskRunner;
import org.jnova.compute.ops.PowerOperations;
import org.jnova.compute.ops.Rescheduler;
import org.jnova.compute.resources.ResourceTracker;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.ports.hypervisor.DriverCapability;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * nova-compute's {@link Manager}: assembles the operation classes around one driver and one
 * {@link ComputeObjects}, and maps Nova's manager hooks: init_host (driver, lifecycle listener,
 * instance recovery), pre_start_hook (resources), the periodic tasks (whose first run comes right after
 * the service's fuzzy delay, as Nova's run_immediately tasks do), and cleanup_host (builds drained,
 * driver released).
 */
public final class ComputeManager implements Manager {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeManager.class);

    private final HypervisorDriver driver;
    private final ComputeSettings settings;
    private final ManagerSettings managerSettings;
    private final BuildExecutor builds;
    private final ComputeEndpoint endpoint;
    private final InstanceRecovery recovery;
    private final ResourceReporter resources;
    private final PowerStateSync powerSync;
    private final LifecycleEventHandler lifecycle;

    /** @param placement where this compute reports its providers; null when the conductor does (embedded) */
    public ComputeManager(ComputeObjects objects, HypervisorDriver driver, ComputeSettings settings,
                          ManagerSettings managerSettings, Clock clock, Supplier<Long> serviceId,
                          Rescheduler rescheduler, ProviderReporter placement) {
        this.driver = driver;
        this.settings = settings;
        this.managerSettings = managerSettings;
        InstanceLocks locks = new InstanceLocks();
        InstanceTaskRunner runner = new InstanceTaskRunner(objects, settings.host());
        this.builds = new BuildExecutor(settings.maxConcurrentBuilds());
        BuildFailures failures = new BuildFailures();
        ResourceTracker tracker = new ResourceTracker();
        PowerOperations power = new PowerOperations(objects, driver, runner, locks, settings);
        DeleteOperations delete = new DeleteOperations(objects, driver, runner, locks, clock, tracker);
        this.endpoint = new ComputeEndpoint(
                new BuildOperations(objects, driver, runner, locks, builds, settings, clock, rescheduler, failures,
                        tracker),
                power, delete, new ConsoleOperations(driver, runner));
        this.recovery = new InstanceRecovery(objects, driver, power, delete, settings.host());
        this.resources = new ResourceReporter(objects, driver, settings.host(), serviceId, failures, tracker,
                placement);
        this.powerSync = new PowerStateSync(objects, driver, power, locks, settings.host());
        this.lifecycle = new LifecycleEventHandler(objects, driver, powerSync, locks);
    }

    @Override
    public String serviceName() {
        return "compute";
    }

    @Override
    public String topic() {
        return "compute";
    }

    @Override
    public String binary() {
        return "nova-compute";
    }

    @Override
    public void initHost() {
        driver.initHost(settings.host());
        if (managerSettings.handleLifecycleEvents()
                && driver.capabilities().contains(DriverCapability.SUPPORTS_LIFECYCLE_EVENTS)) {
            driver.registerEventListener(lifecycle);
        } else {
            LOG.info("Not handling virt lifecycle events ([workarounds] handle_virt_lifecycle_events or driver)");
        }
        recovery.initInstances(RequestContext.admin());
    }

    @Override
    public void preStartHook() {
        resources.updateAvailableResource(RequestContext.admin());
    }

    @Override
    public List<RpcEndpoint> endpoints() {
        return List.of(endpoint);
    }

    @Override
    public List<PeriodicTask> periodicTasks() {
        List<PeriodicTask> tasks = new ArrayList<>();
        if (managerSettings.syncPowerStateInterval() != null) {
            tasks.add(new PeriodicTask("_sync_power_states", managerSettings.syncPowerStateInterval(),
                    powerSync::syncPowerStates));
        }
        if (managerSettings.updateResourcesInterval() != null) {
            tasks.add(new PeriodicTask("update_available_resource", managerSettings.updateResourcesInterval(),
                    () -> resources.updateAvailableResource(RequestContext.admin())));
        }
        return tasks;
    }

    @Override
    public void cleanupHost() {
        driver.registerEventListener(null);
        lifecycle.close();
        builds.shutdown(managerSettings.gracefulShutdownTimeout());
        driver.cleanupHost(settings.host());
    }

    /** The RPC endpoint (for tests and embedding). */
    public ComputeEndpoint endpoint() {
        return endpoint;
    }

    public PowerStateSync powerStateSync() {
        return powerSync;
    }

    public ResourceReporter resourceReporter() {
        return resources;
    }
}
