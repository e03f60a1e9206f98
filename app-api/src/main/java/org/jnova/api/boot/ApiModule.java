package org.jnova.api.boot;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Duration;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.remote.RemoteComputeBackend;
import org.jnova.api.remote.RemoteServiceLister;
import org.jnova.common.boot.CommonModule;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.messaging.RpcTransport;
import org.jnova.rpcapi.ComputeRpcClient;
import org.jnova.rpcapi.ComputeTaskRpcClient;
import org.jnova.rpcapi.ConductorRpcClient;
import org.jnova.rpcapi.RemoteObjects;

/** Wires the compute API: its RPC clients (conductor, compute, compute_task) and the RPC backend. */
public final class ApiModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ComputeBackend.class).to(RemoteComputeBackend.class).in(Singleton.class);
        CommonModule.bindServiceLister(binder(), RemoteServiceLister.class);
    }

    private static Duration timeout(ConfigOpts config) {
        return Duration.ofSeconds(config.integer(NovaOptions.RPC_RESPONSE_TIMEOUT));
    }

    @Provides
    @Singleton
    RemoteObjects remoteObjects(RpcTransport transport, ConfigOpts config) {
        return new RemoteObjects(new ConductorRpcClient(transport,
                config.string(NovaOptions.UPGRADE_LEVELS_CONDUCTOR), timeout(config)));
    }

    @Provides
    @Singleton
    ComputeRpcClient computeRpcClient(RpcTransport transport, ConfigOpts config) {
        return new ComputeRpcClient(transport, config.string(NovaOptions.UPGRADE_LEVELS_COMPUTE), timeout(config));
    }

    @Provides
    @Singleton
    ComputeTaskRpcClient computeTaskRpcClient(RpcTransport transport, ConfigOpts config) {
        return new ComputeTaskRpcClient(transport, timeout(config));
    }
}
