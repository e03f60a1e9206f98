package org.jnova.compute.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jnova.adapter.hypervisor.fake.FakeDriverFactory;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.compute.testing.Instances;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.hypervisor.DriverContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.junit.jupiter.api.Test;

/** The fake driver's [fake_driver] options through the real config, as the plugin catalog registers them. */
class FakeDriverConfigTest {
    private final FakeDriverFactory factory = new FakeDriverFactory();

    private HypervisorDriver driver(ConfigOpts config, String name) {
        return factory.create(name, new DriverContext() {
            @Override public ConfigView config() { return config; }
            @Override public String host() { return "h1"; }
            @Override public Path statePath() { return Path.of("target"); }
        });
    }

    @Test
    void optionsParsedFromTextDriveSizesAndFaults() {
        ConfigOpts config = NovaOptions.newConfig().register(factory.options())
                .set("fake_driver", "vcpus", "8")
                .set("fake_driver", "fail_operations", "pause, spawn");
        HypervisorDriver d = driver(config, "fake.FakeDriver");
        d.initHost("h1");
        assertThat(d.getAvailableResource("h1").vcpus()).isEqualTo(8);
        assertThat(d.getAvailableResource("h1").memoryMb()).isEqualTo(800000);
        Instance i = Instances.of("h1", VmState.BUILDING, null, PowerState.NOSTATE, Map.of());
        assertThatThrownBy(() -> d.spawn(RequestContext.admin(), i, Map.of(), null, true))
                .hasMessage("fake failure injected into spawn for instance " + i.getUuid());
    }

    @Test
    void unsetSizesKeepTheVariantsFigures() {
        ConfigOpts config = NovaOptions.newConfig().register(factory.options());
        HypervisorDriver d = driver(config, "fake.SmallFakeDriver");
        d.initHost("h1");
        assertThat(List.of(d.getAvailableResource("h1").vcpus(), d.getAvailableResource("h1").memoryMb()))
                .containsExactly(2, 8192);
    }
}
