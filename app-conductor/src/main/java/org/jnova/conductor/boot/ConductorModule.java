package org.jnova.conductor.boot;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jnova.common.boot.Bootstrap;
import org.jnova.common.boot.CommonModule;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.config.SchedulerOptions;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.service.ServiceRecordStore;
import org.jnova.conductor.db.Database;
import org.jnova.conductor.db.DatabaseUrl;
import org.jnova.conductor.db.Dialect;
import org.jnova.conductor.db.JdbcPersistence;
import org.jnova.conductor.db.JdbcPlacementService;
import org.jnova.conductor.endpoint.ComputeCasts;
import org.jnova.conductor.endpoint.ComputeTaskEndpoint;
import org.jnova.conductor.endpoint.ConductorEndpoint;
import org.jnova.conductor.endpoint.ConductorObjects;
import org.jnova.conductor.manager.ConductorManager;
import org.jnova.conductor.scheduler.AllocationHealer;
import org.jnova.conductor.scheduler.FilterScheduler;
import org.jnova.conductor.scheduler.InventorySync;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.messaging.RpcTransport;
import org.jnova.ports.persistence.Persistence;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.jnova.rpcapi.ComputeRpcClient;

/**
 * nova-conductor's bindings (used with {@link CommonModule}): the cell database from
 * {@code [database] connection}, the placement {@code [scheduler] placement_driver} names (embedded in
 * that database by default), the object handlers, the scheduler and the allocation heal, the compute RPC
 * client for builds, and the {@link ConductorManager}.
 */
public final class ConductorModule extends AbstractModule {
    /** Connections to a database server; each RPC call holds one for a statement or two. */
    static final int MAX_DB_CONNECTIONS = 16;
    /** Embedded H2 runs in this JVM: more connections only add lock contention (measured: 2 beat 16). */
    static final int MAX_H2_CONNECTIONS = 4;

    @Override
    protected void configure() {
        CommonModule.bindServiceLister(binder(), RepositoryServiceLister.class);
    }

    @Provides
    @Singleton
    Database database(ConfigOpts config) {
        Path statePath = Path.of(config.string(NovaOptions.STATE_PATH));
        String connection = config.string(NovaOptions.DATABASE_CONNECTION);
        if (connection == null || connection.isBlank()) {
            try {
                Files.createDirectories(statePath);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create state_path " + statePath, e);
            }
        }
        DatabaseUrl url = DatabaseUrl.parse(connection, statePath);
        int pool = url.dialect() == Dialect.H2 ? MAX_H2_CONNECTIONS : MAX_DB_CONNECTIONS;
        return Database.open(url, pool, null);
    }

    @Provides
    @Singleton
    Persistence persistence(Database db) {
        return JdbcPersistence.over(db);
    }

    /** {@code [scheduler] placement_driver}: embedded (this database's tables) or a placement plugin. */
    @Provides
    @Singleton
    PlacementService placement(ConfigOpts config, Database db, ServiceEnvironment env) {
        if (SchedulerOptions.embedded(config)) {
            return JdbcPlacementService.over(db);
        }
        if (env.plugins() == null) {
            throw new IllegalStateException("no plugin catalog: cannot load [scheduler] placement_driver '"
                    + config.string(SchedulerOptions.PLACEMENT_DRIVER) + "'");
        }
        return Bootstrap.placementDriver(config, env.plugins());
    }

    @Provides
    @Singleton
    ServiceRecordStore serviceRecordStore(Persistence db) {
        return new RepositoryServiceRecordStore(db.services());
    }

    @Provides
    @Singleton
    Consumer<ComputeNode> inventorySync(PlacementService placement, ConfigOpts config) {
        // the embedded inventories follow the compute node records; an OpenStack Placement hears from the computes
        return SchedulerOptions.embedded(config) ? new InventorySync(new ProviderReporter(placement)) : node -> { };
    }

    @Provides
    @Singleton
    FilterScheduler scheduler(Persistence db, ServiceGroupDriver serviceGroup, PlacementService placement,
                              Consumer<ComputeNode> inventorySync) {
        return new FilterScheduler(db.computeNodes(), db.services(), placement, serviceGroup::isUp, inventorySync,
                FilterScheduler.DEFAULT_REFRESH);
    }

    @Provides
    @Singleton
    ComputeCasts computeCasts(RpcTransport transport, ConfigOpts config) {
        ComputeRpcClient compute = new ComputeRpcClient(transport, config.string(NovaOptions.UPGRADE_LEVELS_COMPUTE),
                Duration.ofSeconds(config.integer(NovaOptions.RPC_RESPONSE_TIMEOUT)));
        return (ctx, instance, host, node, a, alternates) -> compute.buildAndRunInstance(ctx, instance, host,
                a.image(), a.requestSpec(), a.filterProperties(), a.adminPassword(), a.injectedFiles(),
                a.requestedNetworks(), a.securityGroups(), a.blockDeviceMapping(), node, null, alternates, List.of());
    }

    @Provides
    @Singleton
    ConductorManager manager(Persistence db, FilterScheduler scheduler, ComputeCasts casts, ServiceEnvironment env,
                             PlacementService placement, Consumer<ComputeNode> inventorySync, ConfigOpts config) {
        int heal = config.integer(SchedulerOptions.HEAL_ALLOCATIONS_INTERVAL);
        return new ConductorManager(new ConductorEndpoint(ConductorObjects.over(db, scheduler::release)),
                new ComputeTaskEndpoint(scheduler, db, casts, env.host()),
                new AllocationHealer(db.instances(), db.computeNodes(), placement, inventorySync),
                heal == 0 ? null : Duration.ofSeconds(heal));
    }
}
