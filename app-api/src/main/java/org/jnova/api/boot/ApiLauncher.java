package org.jnova.api.boot;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Path;
import org.jnova.api.auth.Authenticator;
import org.jnova.api.auth.KeystoneAuth;
import org.jnova.api.auth.NoAuth2;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.http.ApiHttpServer;
import org.jnova.api.http.ApiRouter;
import org.jnova.api.image.ImageCatalog;
import org.jnova.api.policy.Policy;
import org.jnova.common.config.AuthOptions;
import org.jnova.common.boot.CommonModule;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.service.ServiceLauncher;
import org.jnova.ports.servicegroup.ServiceGroupDriver;

/**
 * Starts the Compute API ({@code nova-api}'s osapi_compute) on {@code osapi_compute_listen :
 * osapi_compute_listen_port}; it answers as soon as the listener is bound. HTTP workers:
 * {@code executor_thread_pool_size} threads. Requests are authenticated as {@code [api] auth_strategy} says
 * and authorized by Nova's policies with {@code [oslo_policy]}'s overrides; images come from the catalog in
 * {@code $state_path/images.json}.
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
        Policy policy = Policy.fromConfig(config);
        Authenticator auth = "keystone".equals(config.string(AuthOptions.AUTH_STRATEGY))
                ? KeystoneAuth.fromConfig(config, policy::isAdmin) : new NoAuth2();
        ImageCatalog images = new ImageCatalog(Path.of(config.string(NovaOptions.STATE_PATH)).resolve("images.json"));
        ApiHttpServer server = ApiHttpServer.start(listen, port, config.integer(NovaOptions.EXECUTOR_THREAD_POOL_SIZE),
                new ApiRouter(new ComputeApi(backend, images), backend, auth, policy, images));
        return new RunningApi(server, serviceGroup, "nova-api on http://" + listen + ":" + server.port() + "/v2.1");
    }
}
