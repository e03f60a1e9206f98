package org.jnova.adapter.hypervisor.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.hypervisor.DriverContext;
import org.jnova.ports.hypervisor.HypervisorException;
import org.junit.jupiter.api.Test;
import org.libvirt.DomainInfo.DomainState;

/** The pure parts: configuration, state map, domain XML, the factory. No libvirt needed. */
class LibvirtUnitsTest {

    @Test
    void uriFollowsNovasRuleAndConnectionUriOverridesIt() {
        assertThat(new LibvirtConfig("kvm", "", 120, Duration.ZERO).uri()).isEqualTo("qemu:///system");
        assertThat(new LibvirtConfig("qemu", null, 120, Duration.ZERO).uri()).isEqualTo("qemu:///system");
        assertThat(new LibvirtConfig("lxc", "", 120, Duration.ZERO).uri()).isEqualTo("lxc:///");
        assertThat(new LibvirtConfig("parallels", "", 120, Duration.ZERO).uri()).isEqualTo("parallels:///system");
        LibvirtConfig test = new LibvirtConfig("kvm", " test:///default ", 120, Duration.ZERO);
        assertThat(test.uri()).isEqualTo("test:///default");
        assertThat(test.domainType()).isEqualTo("test");
        assertThat(new LibvirtConfig("qemu", "qemu+ssh://h/system", 120, Duration.ZERO).domainType()).isEqualTo("qemu");
    }

    @Test
    void badOptionValuesAreRejectedByName() {
        assertThatThrownBy(() -> new LibvirtConfig("xen", "", 120, Duration.ZERO))
                .hasMessageContaining("virt_type").hasMessageContaining("xen");
        assertThatThrownBy(() -> new LibvirtConfig("kvm", "", -1, Duration.ZERO))
                .hasMessageContaining("wait_soft_reboot_seconds");
    }

    @Test
    void libvirtStatesMapToNovaPowerStates() {
        assertThat(Guest.powerStateOf(DomainState.VIR_DOMAIN_NOSTATE)).isEqualTo(PowerState.NOSTATE);
        assertThat(Guest.powerStateOf(DomainState.VIR_DOMAIN_RUNNING)).isEqualTo(PowerState.RUNNING);
        assertThat(Guest.powerStateOf(DomainState.VIR_DOMAIN_BLOCKED)).isEqualTo(PowerState.RUNNING);
        assertThat(Guest.powerStateOf(DomainState.VIR_DOMAIN_PAUSED)).isEqualTo(PowerState.PAUSED);
        assertThat(Guest.powerStateOf(DomainState.VIR_DOMAIN_SHUTDOWN)).isEqualTo(PowerState.SHUTDOWN);
        assertThat(Guest.powerStateOf(DomainState.VIR_DOMAIN_SHUTOFF)).isEqualTo(PowerState.SHUTDOWN);
        assertThat(Guest.powerStateOf(DomainState.VIR_DOMAIN_CRASHED)).isEqualTo(PowerState.CRASHED);
        assertThat(Guest.powerStateOf(DomainState.VIR_DOMAIN_PMSUSPENDED)).isEqualTo(PowerState.SUSPENDED);
    }

    @Test
    void domainXmlCarriesNovasIdentitySizeAndMetadata() {
        Instance instance = TestGuests.instance();
        instance.set("id", 42L);
        instance.set("memory_mb", null);

        String xml = DomainXml.build(instance, Map.of(), null, "kvm", Instant.parse("2026-01-02T03:04:05Z"));

        assertThat(xml).startsWith("<domain type='kvm'>")
                .contains("<name>instance-0000002a</name>")
                .contains("<uuid>" + instance.getUuid() + "</uuid>")
                .contains("<memory>65536</memory>") // from the flavor, in KiB
                .contains("<vcpu>2</vcpu>")
                .contains("xmlns:nova='http://openstack.org/xmlns/libvirt/nova/1.1'")
                .contains("<nova:name>vm &lt;one&gt; &amp; &apos;two&apos;</nova:name>")
                .contains("<nova:creationTime>2026-01-02 03:04:05</nova:creationTime>")
                .contains("<nova:user uuid='u-1'>u-1</nova:user>")
                .contains("<nova:root type='image' uuid='155d900f-4e14-4e4c-a73d-069cbf4541e6'/>")
                .contains("<serial type='pty'/>");
    }

    @Test
    void domainXmlNeedsAnIdAndAUuid() {
        Instance noId = TestGuests.instance();
        noId.unset("id");
        assertThatThrownBy(() -> DomainXml.build(noId, Map.of(), null, "kvm", Instant.now()))
                .isInstanceOf(HypervisorException.class).hasMessageContaining("no database id");
        Instance noUuid = TestGuests.instance();
        noUuid.unset("uuid");
        assertThatThrownBy(() -> DomainXml.build(noUuid, Map.of(), null, "kvm", Instant.now()))
                .isInstanceOf(HypervisorException.class).hasMessageContaining("no uuid");
    }

    @Test
    void cpuInfoReadsAQemuHostsCapabilities() {
        String caps = """
                <capabilities>
                  <host>
                    <uuid>0e6e6a46-5b5c-4b8a-8b1f-0d1f9d5c1a11</uuid>
                    <cpu>
                      <arch>x86_64</arch>
                      <model>Skylake-Client-IBRS</model>
                      <vendor>Intel</vendor>
                      <topology sockets='1' dies='1' cores='4' threads='2'/>
                      <feature name='vmx'/>
                      <feature name='aes'/>
                    </cpu>
                  </host>
                </capabilities>
                """;
        org.libvirt.NodeInfo node = new org.libvirt.NodeInfo();
        node.nodes = 1;

        assertThat(CpuInfo.json(caps, node)).isEqualTo("{\"arch\": \"x86_64\", \"model\": \"Skylake-Client-IBRS\", "
                + "\"vendor\": \"Intel\", \"topology\": {\"cells\": 1, \"sockets\": 1, \"cores\": 4, \"threads\": 2}, "
                + "\"features\": [\"aes\", \"vmx\"]}");
        assertThatThrownBy(() -> CpuInfo.json("<capabilities>", node)).isInstanceOf(HypervisorException.class)
                .hasMessageContaining("capabilities XML");
    }

    @Test
    void factoryDeclaresTheLibvirtOptionsAndBuildsFromConfig() {
        LibvirtDriverFactory factory = new LibvirtDriverFactory();
        assertThat(factory.name()).isEqualTo("libvirt.LibvirtDriver");
        assertThat(factory.options()).extracting(ConfigOption::qualifiedName)
                .containsExactly("libvirt.virt_type", "libvirt.connection_uri", "libvirt.wait_soft_reboot_seconds");
        assertThat(LibvirtConfig.VIRT_TYPE.choices()).containsExactly("kvm", "lxc", "qemu", "parallels");

        Map<String, Object> values = new HashMap<>();
        values.put("connection_uri", "test:///default");
        DriverContext context = new DriverContext() {
            @Override
            public ConfigView config() {
                return option -> values.getOrDefault(option.name(), option.defaultValue());
            }

            @Override
            public String host() {
                return "compute1";
            }

            @Override
            public Path statePath() {
                return Path.of("/var/lib/jnova");
            }
        };
        assertThat(factory.create("libvirt.LibvirtDriver", context)).isInstanceOf(LibvirtDriver.class);
        assertThat(LibvirtDriverFactory.instancesPath(context)).isEqualTo(Path.of("/var/lib/jnova/instances"));
        values.put("instances_path", "/srv/nova/instances");
        assertThat(LibvirtDriverFactory.instancesPath(context)).isEqualTo(Path.of("/srv/nova/instances"));
        assertThatThrownBy(() -> factory.create("fake.FakeDriver", context))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
