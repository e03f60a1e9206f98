package org.jnova.common.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.List;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.common.plugin.PluginSelectionException;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.servicegroup.DbServiceGroupDriver;
import org.jnova.domain.objects.Service;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.TransportDriver;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up wiring with the fake:// transport that app-common's tests have on the class path. */
class BootstrapTest {
    @TempDir
    Path noPlugins;

    @Test
    void transportUrlSelectsTheDriverAndGuiceSharesTheEnvironment() {
        ConfigOpts config = NovaOptions.newConfig();
        try (PluginCatalog catalog = PluginCatalog.load(config, noPlugins)) {
            ServiceEnvironment env = Bootstrap.environment(config, catalog, "jnova-test");
            try {
                // the host wraps the plugin's wire in the one RPC core
                assertThat(env.transportDriver()).isInstanceOfSatisfying(CoreTransportDriver.class,
                        core -> assertThat(core.wire().getClass().getName()).endsWith("FakeWire"));
                Injector injector = Guice.createInjector(new CommonModule(env), new AbstractModule() {
                    @Override
                    protected void configure() {
                        CommonModule.bindServiceLister(binder(), NoServices.class);
                    }
                });
                assertThat(injector.getInstance(RpcTransport.class)).isSameAs(env.rpcTransport());
                assertThat(injector.getInstance(TransportDriver.class)).isSameAs(env.transportDriver());
                assertThat(injector.getInstance(ConfigOpts.class)).isSameAs(config);
                ServiceGroupDriver group = injector.getInstance(ServiceGroupDriver.class);
                assertThat(group).isInstanceOf(DbServiceGroupDriver.class);
                assertThat(group.getAll("compute")).isEmpty();
            } finally {
                env.rpcTransport().close();
            }
        }
    }

    @Test
    void aBadTransportUrlIsAPluginSelectionErrorNamingIt() {
        ConfigOpts config = NovaOptions.newConfig().set("DEFAULT", "transport_url", "nats://127.0.0.1:4222");
        try (PluginCatalog catalog = PluginCatalog.load(config, noPlugins)) {
            assertThatThrownBy(() -> Bootstrap.environment(config, catalog, "jnova-test"))
                    .isInstanceOf(PluginSelectionException.class)
                    .hasMessageStartingWith("transport_url scheme 'nats' (transport_url = nats://127.0.0.1:4222) is not"
                            + " provided by any installed plugin; installed transports: fake");
        }
    }

    /** A lister for an empty deployment. */
    static final class NoServices implements org.jnova.common.servicegroup.ServiceLister {
        @Override
        public List<Service> getByTopic(String topic) {
            return List.of();
        }
    }
}
