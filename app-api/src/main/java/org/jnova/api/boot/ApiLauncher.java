package org.jnova.api.boot;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.http.ApiHttpServer;
import org.jnova.api.http.ApiRouter;
import org.jnova.common.boot.CommonModule;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.service.ServiceLauncher;
import org.jnova.ports.servicegroup.ServiceGroupDriver;

/**
 * Starts the Compute API ({@code nova-api}'s osapi_compute) on {@code osapi_compute_listen :
 * osapi_compute_listen_port}; it answers as soon as the listener is bound. HTTP workers:
 * {@code executor_thread_pool_size} threads.
 */
public final class ApiLauncher implements ServiceLauncher {
    @Override
    public String binary() {
        return "nova-api";
    }

    @Override
    public RunningApi start(ServiceEnvironment env) throws Exception {
        Injector injector = Guice.createInjector(new CommonModule(env), new ApiModule());
        ComputeBackend backend = injector.getInstance(ComputeBackend.class);
        ServiceGroupDriver serviceGroup = injector.getInstance(ServiceGroupDriver.class);
        ConfigOpts config = env.config();
        String listen = config.string(NovaOptions.OSAPI_COMPUTE_LISTEN);
        int port = config.integer(NovaOptions.OSAPI_COMPUTE_LISTEN_PORT);
        ApiHttpServer server = ApiHttpServer.start(listen, port, config.integer(NovaOptions.EXECUTOR_THREAD_POOL_SIZE),
                new ApiRouter(new ComputeApi(backend), backend));
        return new RunningApi(server, serviceGroup, "nova-api on http://" + listen + ":" + server.port() + "/v2.1");
    }
}
