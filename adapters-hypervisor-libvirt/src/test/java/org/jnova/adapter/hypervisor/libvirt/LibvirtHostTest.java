package org.jnova.adapter.hypervisor.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;

/** The connection owner: start-up failures, a dropped connection, libvirt being down. */
class LibvirtHostTest {
    private static final RequestContext CTX = RequestContext.admin();

    @TempDir
    Path statePath;

    private final ScriptedBinding binding = new ScriptedBinding();
    private LibvirtDriver driver;

    @BeforeEach
    void libvirtInstalled() {
        TestGuests.assumeLibvirtInstalled();
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.cleanupHost("compute1");
        }
    }

    @Test
    void missingNativeLibraryStopsInitHostNamingThePackage() {
        binding.missingLibrary = new UnsatisfiedLinkError("Unable to load library 'virt'");
        driver = TestGuests.driver(binding, statePath, 1, Duration.ofMillis(100));

        assertThatThrownBy(() -> driver.initHost("compute1"))
                .isInstanceOf(HypervisorException.class)
                .hasMessageContaining("libvirt0 (apt-get install libvirt0)")
                .hasMessageContaining("Unable to load library 'virt'");
        assertThat(binding.opens).hasValue(0);
    }

    @Test
    void unreachableLibvirtFailsInitHostWithTheUri() {
        binding.libvirtDown = true;
        driver = TestGuests.driver(binding, statePath, 1, Duration.ofMillis(100));

        assertThatThrownBy(() -> driver.initHost("compute1"))
                .isInstanceOf(HypervisorException.class)
                .hasMessageContaining("cannot connect to libvirt at test:///default");
    }

    @Test
    void driverUsedBeforeInitHostSaysSo() {
        driver = TestGuests.driver(binding, statePath, 1, Duration.ofMillis(100));

        assertThatThrownBy(() -> driver.listInstances())
                .isInstanceOf(HypervisorException.class)
                .hasMessageContaining("before init_host");
    }

    @Test
    void virtTypesWhoseGuestsJnovaCannotBuildAreRejectedAtInitHost() {
        driver = new LibvirtDriver(new LibvirtConfig("lxc", "", 120, Duration.ofSeconds(15)), statePath, binding);

        assertThatThrownBy(() -> driver.initHost("compute1"))
                .isInstanceOf(HypervisorException.class)
                .hasMessageContaining("virt_type=lxc");
        assertThat(binding.opens).hasValue(0);
    }

    @Test
    void aDroppedConnectionIsReopenedAndKeepsServing() {
        driver = TestGuests.driver(binding, statePath, 1, Duration.ofMillis(100));
        driver.initHost("compute1");
        Instance instance = TestGuests.instance();
        driver.spawn(CTX, instance, Map.of(), null, true);
        try {
            binding.dropConnectionOnce = true;

            assertThat(driver.getInfo(instance).state()).isEqualTo(PowerState.RUNNING);
            assertThat(binding.opens).hasValue(2);
        } finally {
            driver.destroy(CTX, instance, true);
        }
    }

    @Test
    void whileLibvirtIsDownCallsFailAndTheyRecoverWhenItIsBack() throws Exception {
        driver = TestGuests.driver(binding, statePath, 1, Duration.ofMillis(100));
        driver.initHost("compute1");
        Instance instance = TestGuests.instance();
        driver.spawn(CTX, instance, Map.of(), null, true);
        // plays libvirtd, which keeps its guests while jnova is cut off (the test driver forgets them
        // when its last connection closes)
        Connect libvirtd = TestGuests.sideConnection();
        try {
            binding.dropConnectionOnce = true;
            binding.libvirtDown = true;

            assertThatThrownBy(() -> driver.getInfo(instance))
                    .isInstanceOf(HypervisorException.class)
                    .hasMessageContaining("cannot connect to libvirt");
            assertThatThrownBy(() -> driver.listInstances()).isInstanceOf(HypervisorException.class);

            binding.libvirtDown = false;
            assertThat(driver.getInfo(instance).state()).isEqualTo(PowerState.RUNNING);
        } finally {
            binding.libvirtDown = false;
            driver.destroy(CTX, instance, true);
            libvirtd.close();
        }
    }

    @Test
    void packedVersionsReadAsLibvirtPrintsThem() {
        assertThat(Host.version(9_000_000L)).isEqualTo("9.0.0");
        assertThat(Host.version(4_002_001L)).isEqualTo("4.2.1");
    }
}
