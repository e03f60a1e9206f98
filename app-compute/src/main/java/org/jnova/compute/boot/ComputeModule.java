package org.jnova.compute.boot;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jnova.common.boot.Bootstrap;
import org.jnova.common.boot.CommonModule;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.config.SchedulerOptions;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.service.ServiceRecordStore;
import org.jnova.compute.conductor.ComputeTaskRescheduler;
import org.jnova.compute.conductor.ConductorServiceLister;
import org.jnova.compute.conductor.ConductorServiceRecordStore;
import org.jnova.compute.conductor.RemoteComputeObjects;
import org.jnova.compute.manager.ComputeManager;
import org.jnova.compute.manager.ManagerSettings;
import org.jnova.compute.objects.ComputeObjects;
import org.jnova.compute.ops.ComputeSettings;
import org.jnova.domain.objects.Service;
import org.jnova.messaging.RpcTransport;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.rpcapi.BaseRpcClient;
import org.jnova.rpcapi.ComputeTaskRpcClient;
import org.jnova.rpcapi.ConductorRpcClient;
import org.jnova.rpcapi.RemoteObjects;

/**
 * nova-compute's bindings (used with {@link CommonModule}): conductor-backed objects and service
 * record, the hypervisor driver chosen by {@code compute_driver} (or one given, for tests and
 * embedding), the settings read from config, and the {@link ComputeManager}.
 */
public final class ComputeModule extends AbstractModule {
    private final HypervisorDriver driverOverride;

    /** @param driverOverride a driver to use instead of the plugin's; null selects by {@code compute_driver} */
    public ComputeModule(HypervisorDriver driverOverride) {
        this.driverOverride = driverOverride;
    }

    @Override
    protected void configure() {
        bind(ComputeObjects.class).to(RemoteComputeObjects.class);
        bind(ServiceRecordStore.class).to(ConductorServiceRecordStore.class);
        CommonModule.bindServiceLister(binder(), ConductorServiceLister.class);
    }

    @Provides
    @Singleton
    RemoteObjects remoteObjects(RpcTransport transport, ConfigOpts config) {
        return new RemoteObjects(new ConductorRpcClient(transport, config.string(NovaOptions.UPGRADE_LEVELS_CONDUCTOR),
                rpcResponseTimeout(config)));
    }

    @Provides
    @Singleton
    RemoteComputeObjects computeObjects(RemoteObjects remote) {
        return new RemoteComputeObjects(remote);
    }

    @Provides
    @Singleton
    ConductorServiceRecordStore serviceRecordStore(RemoteObjects remote) {
        return new ConductorServiceRecordStore(remote);
    }

    @Provides
    @Singleton
    BaseRpcClient conductorBaseApi(RpcTransport transport, ConfigOpts config) {
        return new BaseRpcClient(transport, ConductorRpcClient.TOPIC, config.string(NovaOptions.UPGRADE_LEVELS_BASEAPI),
                rpcResponseTimeout(config));
    }

    @Provides
    @Singleton
    HypervisorDriver hypervisorDriver(ServiceEnvironment env) {
        if (driverOverride != null) {
            return driverOverride;
        }
        PluginCatalog plugins = env.plugins();
        if (plugins == null) {
            throw new IllegalStateException("no plugin catalog: cannot load compute_driver '"
                    + env.config().string(NovaOptions.COMPUTE_DRIVER) + "'");
        }
        return Bootstrap.hypervisorDriver(env.config(), plugins);
    }

    @Provides
    @Singleton
    ComputeSettings computeSettings(ConfigOpts config) {
        return new ComputeSettings(config.string(NovaOptions.HOST), config.integer(NovaOptions.SHUTDOWN_TIMEOUT),
                config.integer(NovaOptions.COMPUTE_SHUTDOWN_RETRY_INTERVAL),
                config.integer(NovaOptions.MAX_CONCURRENT_BUILDS));
    }

    @Provides
    @Singleton
    ManagerSettings managerSettings(ConfigOpts config) {
        return new ManagerSettings(ManagerSettings.spacing(config.integer(NovaOptions.SYNC_POWER_STATE_INTERVAL)),
                ManagerSettings.spacing(config.integer(NovaOptions.UPDATE_RESOURCES_INTERVAL)),
                config.bool(NovaOptions.HANDLE_VIRT_LIFECYCLE_EVENTS),
                Duration.ofSeconds(config.integer(NovaOptions.GRACEFUL_SHUTDOWN_TIMEOUT)));
    }

    @Provides
    @Singleton
    ComputeManager computeManager(ComputeObjects objects, HypervisorDriver driver, ComputeSettings settings,
                                  ManagerSettings managerSettings, Clock clock, ServiceRecordStore store,
                                  RpcTransport transport, ConfigOpts config, ServiceEnvironment env) {
        return new ComputeManager(objects, driver, settings, managerSettings, clock,
                serviceIdOf(store, settings.host()),
                new ComputeTaskRescheduler(new ComputeTaskRpcClient(transport, rpcResponseTimeout(config))),
                providerReporter(config, env));
    }

    /**
     * With an OpenStack Placement ({@code [scheduler] placement_driver} names a plugin) the compute reports
     * its providers there itself, as Nova's does; the embedded placement follows the ComputeNode records.
     */
    private static ProviderReporter providerReporter(ConfigOpts config, ServiceEnvironment env) {
        if (SchedulerOptions.embedded(config)) {
            return null;
        }
        if (env.plugins() == null) {
            throw new IllegalStateException("no plugin catalog: cannot load [scheduler] placement_driver '"
                    + config.string(SchedulerOptions.PLACEMENT_DRIVER) + "'");
        }
        return new ProviderReporter(Bootstrap.placementDriver(config, env.plugins()));
    }

    /** The compute service record's id, read once it exists (the resource tracker's service_id). */
    private static Supplier<Long> serviceIdOf(ServiceRecordStore store, String host) {
        AtomicReference<Long> id = new AtomicReference<>();
        return () -> {
            if (id.get() == null) {
                Service s = store.getByHostAndBinary(host, "nova-compute");
                id.set(s == null ? null : s.getId());
            }
            return id.get();
        };
    }

    static Duration rpcResponseTimeout(ConfigOpts config) {
        return Duration.ofSeconds(config.integer(NovaOptions.RPC_RESPONSE_TIMEOUT));
    }
}
