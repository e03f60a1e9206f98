package org.jnova.compute.boot;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.jnova.common.boot.CommonModule;
import org.jnova.common.service.NovaService;
import org.jnova.common.service.RunningService;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.service.ServiceLauncher;
import org.jnova.common.service.ServiceRecordStore;
import org.jnova.compute.manager.ComputeManager;
import org.jnova.compute.manager.ConductorWaiter;
import org.jnova.compute.manager.OldComputeCheck;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.jnova.rpcapi.BaseRpcClient;
import org.jnova.rpcapi.RemoteObjects;

/**
 * Starts nova-compute: loads the {@code compute_driver} plugin (an unknown driver fails at once), waits for a conductor to answer (Nova does it before building the manager),
 * refuses to start in a cell whose oldest compute is older than Yoga ({@code raise_if_old_compute}), then runs the {@link ComputeManager} in a {@link NovaService} (init_host, service record, resources,
 * RPC server on {@code compute}/{@code compute.<host>}/fanout, state reports, periodic tasks).
 */
public final class ComputeLauncher implements ServiceLauncher {
    private final HypervisorDriver driverOverride;

    public ComputeLauncher() {
        this(null);
    }

    /** For tests and embedding: use this driver instead of loading {@code compute_driver} from plugins. */
    public ComputeLauncher(HypervisorDriver driverOverride) {
        this.driverOverride = driverOverride;
    }

    @Override
    public String binary() {
        return "nova-compute";
    }

    @Override
    public RunningService start(ServiceEnvironment env) throws Exception {
        Injector injector = Guice.createInjector(new CommonModule(env), new ComputeModule(driverOverride));
        // Select compute_driver before waiting for the conductor: a wrong value must stop the service at once.
        injector.getInstance(HypervisorDriver.class);
        BaseRpcClient conductor = injector.getInstance(BaseRpcClient.class);
        RequestContext ctx = RequestContext.admin();
        new ConductorWaiter(timeout -> conductor.ping(ctx, ConductorWaiter.PING_ARG, timeout)).waitUntilReady();
        OldComputeCheck.check(injector.getInstance(RemoteObjects.class).serviceGetMinimumVersion(ctx, binary()));
        NovaService service = new NovaService(env, injector.getInstance(ComputeManager.class),
                injector.getInstance(ServiceRecordStore.class), injector.getInstance(ServiceGroupDriver.class));
        try {
            return service.start();
        } catch (Exception | Error e) {
            service.close();
            throw e;
        }
    }
}
