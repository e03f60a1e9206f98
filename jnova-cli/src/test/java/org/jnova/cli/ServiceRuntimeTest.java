package org.jnova.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jnova.cli.e2e.TestingServers;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.RunningService;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.common.service.ServiceLauncher;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The process runtime over the real fake:// transport plugin: one shared environment, reverse-order stop. */
class ServiceRuntimeTest {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<ServiceEnvironment> environments = new CopyOnWriteArrayList<>();
    private PluginsDirProperty pluginsDir;

    @BeforeEach
    void useBuiltPlugins() {
        pluginsDir = new PluginsDirProperty().set(TestingServers.builtPlugins("jnova-transport-fake.zip"));
    }

    @AfterEach
    void restore() {
        pluginsDir.restore();
    }

    private ServiceLauncher launcher(String name, boolean fails) {
        return new ServiceLauncher() {
            @Override
            public String binary() {
                return name;
            }

            @Override
            public RunningService start(ServiceEnvironment env) {
                environments.add(env);
                if (fails) {
                    throw new IllegalStateException(name + " cannot start");
                }
                events.add("start " + name);
                return new RunningService() {
                    @Override
                    public void close() {
                        events.add("stop " + name);
                    }

                    @Override
                    public String description() {
                        return name;
                    }
                };
            }
        };
    }

    private static ConfigOpts config() {
        return NovaOptions.newConfig().searchPath(List.of());
    }

    @Test
    void servicesShareOneEnvironmentAndStopInReverseOrder() throws Exception {
        ServiceRuntime runtime = new ServiceRuntime();
        runtime.start(config(), "jnova-test", List.of(launcher("nova-conductor", false), launcher("nova-compute", false),
                launcher("nova-api", false)));
        assertThat(environments).hasSize(3).allMatch(e -> e == environments.get(0));
        assertThat(environments.get(0).processManagesShutdown()).isTrue();
        assertThat(environments.get(0).transportDriver()).isInstanceOfSatisfying(CoreTransportDriver.class,
                core -> assertThat(core.wire().getClass().getName()).endsWith("FakeWire"));
        runtime.stop();
        runtime.stop();
        assertThat(events).containsExactly("start nova-conductor", "start nova-compute", "start nova-api",
                "stop nova-api", "stop nova-compute", "stop nova-conductor");
    }

    @Test
    void aFailingLauncherStopsThoseAlreadyStartedAndRethrows() {
        ServiceRuntime runtime = new ServiceRuntime();
        assertThatThrownBy(() -> runtime.start(config(), "jnova-test",
                List.of(launcher("nova-conductor", false), launcher("nova-compute", true), launcher("nova-api", false))))
                .isInstanceOf(IllegalStateException.class).hasMessage("nova-compute cannot start");
        assertThat(events).containsExactly("start nova-conductor", "stop nova-conductor");
    }
}
