package org.jnova.conductor.boot;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.ArrayList;
import java.util.List;
import org.jnova.common.boot.CommonModule;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.NovaService;
import org.jnova.common.service.RunningService;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.service.ServiceLauncher;
import org.jnova.common.service.ServiceRecordStore;
import org.jnova.conductor.manager.ConductorManager;
import org.jnova.messaging.RpcServer;
import org.jnova.ports.persistence.Persistence;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts nova-conductor: opens (and migrates) the cell database, runs the {@link ConductorManager} in a
 * {@link NovaService} (service record, RPC server on {@code conductor}/{@code conductor.<host>}, state
 * reports), plus one more RPC server per extra {@code [conductor] workers} (unset means one: each
 * server already runs {@code executor_thread_pool_size} threads).
 */
public final class ConductorLauncher implements ServiceLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(ConductorLauncher.class);

    @Override
    public String binary() {
        return ConductorManager.BINARY;
    }

    @Override
    public RunningService start(ServiceEnvironment env) throws Exception {
        Injector injector = Guice.createInjector(new CommonModule(env), new ConductorModule());
        Persistence db = injector.getInstance(Persistence.class);
        PlacementService placement = injector.getInstance(PlacementService.class);
        ConductorManager manager = injector.getInstance(ConductorManager.class);
        NovaService service = new NovaService(env, manager, injector.getInstance(ServiceRecordStore.class),
                injector.getInstance(ServiceGroupDriver.class));
        List<RpcServer> extra = new ArrayList<>();
        RunningService running = new Running(service, extra, placement, db);
        try {
            service.start();
            Integer workers = env.config().integer(NovaOptions.CONDUCTOR_WORKERS);
            for (int i = 1; workers != null && i < workers; i++) {
                extra.add(service.startRpcServer());
            }
            LOG.info("nova-conductor serves with {} RPC server(s)", 1 + extra.size());
            return running;
        } catch (Exception | Error e) {
            running.close();
            throw e;
        }
    }

    /** The running conductor: extra servers, the service, placement, then the database, in that order. */
    private record Running(NovaService service, List<RpcServer> extra, PlacementService placement, Persistence db)
            implements RunningService {
        @Override
        public void close() {
            for (RpcServer s : extra) {
                try {
                    s.close();
                } catch (RuntimeException e) {
                    LOG.warn("closing a conductor RPC server failed: {}", e.toString());
                }
            }
            service.close();
            placement.close();
            db.close();
        }

        @Override
        public String description() {
            return service.description();
        }
    }
}
