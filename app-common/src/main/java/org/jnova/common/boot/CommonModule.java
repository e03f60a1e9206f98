package org.jnova.common.boot;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.util.Optional;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.servicegroup.DbServiceGroupDriver;
import org.jnova.common.servicegroup.ServiceLister;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.TransportDriver;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.servicegroup.ServiceGroupDriver;

/**
 * Binds what the process shares, from one {@link ServiceEnvironment}: ConfigOpts (also as ConfigView),
 * PluginCatalog, the selected TransportDriver, the RpcTransport, the Clock, and a {@code db}
 * ServiceGroupDriver listing members through the {@link ServiceLister} an app module binds with
 * {@link #bindServiceLister}.
 */
public final class CommonModule extends AbstractModule {
    private final ServiceEnvironment env;

    public CommonModule(ServiceEnvironment env) {
        this.env = env;
    }

    /** How an app module supplies {@code ServiceList.get_by_topic} to the servicegroup driver. */
    public static void bindServiceLister(Binder binder, Class<? extends ServiceLister> implementation) {
        OptionalBinder.newOptionalBinder(binder, ServiceLister.class).setBinding().to(implementation);
    }

    @Override
    protected void configure() {
        bind(ServiceEnvironment.class).toInstance(env);
        bind(ConfigOpts.class).toInstance(env.config());
        bind(ConfigView.class).toInstance(env.config());
        bind(RpcTransport.class).toInstance(env.rpcTransport());
        bind(TransportDriver.class).toInstance(env.transportDriver());
        bind(Clock.class).toInstance(env.clock());
        if (env.plugins() != null) {
            bind(PluginCatalog.class).toInstance(env.plugins());
        }
        OptionalBinder.newOptionalBinder(binder(), ServiceLister.class);
    }

    @Provides
    @Singleton
    ServiceGroupDriver serviceGroupDriver(Optional<ServiceLister> lister) {
        ServiceLister l = lister.orElse(topic -> {
            throw new IllegalStateException("no ServiceLister bound: call CommonModule.bindServiceLister in the app module");
        });
        return new DbServiceGroupDriver(env.config(), env.clock(), l::getByTopic);
    }
}
