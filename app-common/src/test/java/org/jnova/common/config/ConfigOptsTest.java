package org.jnova.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.OptionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigOptsTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private ConfigOpts load(Path... files) {
        return NovaOptions.newConfig().load(List.of(files), null);
    }

    @Test
    void parsesTypedValuesCommentsAndBothAssignmentForms() throws IOException {
        Path f = file("nova.conf", """
                # a comment
                ; another
                [DEFAULT]
                report_interval=5
                periodic_enable = Off
                transport_url = rabbit://guest:guest@127.0.0.1:5672/
                host = cmp1 # inline text stays part of the value
                [oslo_messaging_notifications]
                driver = messagingv2, log
                [upgrade_levels]
                compute = "zed"
                """);
        ConfigOpts c = load(f);
        assertThat(c.integer(NovaOptions.REPORT_INTERVAL)).isEqualTo(5);
        assertThat(c.bool(NovaOptions.PERIODIC_ENABLE)).isFalse();
        assertThat(c.string(NovaOptions.TRANSPORT_URL)).isEqualTo("rabbit://guest:guest@127.0.0.1:5672/");
        assertThat(c.string(NovaOptions.HOST)).isEqualTo("cmp1 # inline text stays part of the value");
        assertThat(c.list(NovaOptions.NOTIFICATIONS_DRIVER)).containsExactly("messagingv2", "log");
        assertThat(c.string(NovaOptions.UPGRADE_LEVELS_COMPUTE)).isEqualTo("zed");
        assertThat(c.integer(NovaOptions.SERVICE_DOWN_TIME)).isEqualTo(60);
        assertThat(c.integer(NovaOptions.CONDUCTOR_WORKERS)).isEqualTo(1);
        assertThat(c.value(NovaOptions.UPGRADE_LEVELS_CONDUCTOR)).isNull();
    }

    @Test
    void booleansAcceptOsloSpellingsCaseInsensitively() throws IOException {
        for (String t : List.of("TRUE", "yes", "1", "On")) {
            assertThat(load(file("t.conf", "[DEFAULT]\nperiodic_enable=" + t + "\n")).bool(NovaOptions.PERIODIC_ENABLE))
                    .as(t).isTrue();
        }
        for (String f : List.of("False", "NO", "0", "off")) {
            assertThat(load(file("f.conf", "[DEFAULT]\nperiodic_enable=" + f + "\n")).bool(NovaOptions.PERIODIC_ENABLE))
                    .as(f).isFalse();
        }
    }

    @Test
    void badValuesNameFileLineGroupOptionValueAndReason() throws IOException {
        Path f = file("bad.conf", "[DEFAULT]\n\nreport_interval = ten\n");
        assertThatThrownBy(() -> load(f)).isInstanceOf(ConfigException.class)
                .hasMessage(f + ":3: [DEFAULT] report_interval = 'ten': not an integer");
        Path min = file("min.conf", "[compute]\nshutdown_retry_interval = 0\n");
        assertThatThrownBy(() -> load(min))
                .hasMessage(min + ":2: [compute] shutdown_retry_interval = '0': should be greater than or equal to 1");
        Path choice = file("choice.conf", "[DEFAULT]\nservicegroup_driver = mc\n");
        assertThatThrownBy(() -> load(choice))
                .hasMessage(choice + ":2: [DEFAULT] servicegroup_driver = 'mc': not a valid choice; valid choices are db");
        Path bool = file("bool.conf", "[DEFAULT]\nperiodic_enable = maybe\n");
        assertThatThrownBy(() -> load(bool)).hasMessageStartingWith(bool + ":2: [DEFAULT] periodic_enable = 'maybe': not a boolean");
        Path url = file("url.conf", "[DEFAULT]\ntransport_url = localhost\n");
        assertThatThrownBy(() -> load(url)).hasMessageStartingWith(url + ":2: [DEFAULT] transport_url = '****': not a URL");
        Path port = file("port.conf", "[DEFAULT]\nosapi_compute_listen_port = 70000\n");
        assertThatThrownBy(() -> load(port)).hasMessageEndingWith("should be less than or equal to 65535");
    }

    @Test
    void malformedLinesAreReportedWithTheirText() throws IOException {
        Path f = file("m.conf", "[DEFAULT]\nhost = a\nthis is not an assignment\n");
        assertThatThrownBy(() -> load(f)).isInstanceOf(ConfigException.class)
                .hasMessage(f + ":3: cannot parse line 'this is not an assignment'");
        Path section = file("s.conf", "[DEFAULT\n");
        assertThatThrownBy(() -> load(section)).hasMessage(section + ":1: cannot parse line '[DEFAULT'");
        Path noSection = file("n.conf", "host = a\n");
        assertThatThrownBy(() -> load(noSection)).hasMessageStartingWith(noSection + ":1: cannot parse line 'host = a'");
    }

    @Test
    void continuationLinesAndRepeatedKeys() throws IOException {
        ConfigOption multi = new ConfigOption("DEFAULT", "pci_alias", OptionType.MULTI_STRING, List.of(), "x", null,
                null, null, false);
        Path f = file("c.conf", """
                [DEFAULT]
                instance_name_template = inst-
                   %08x
                report_interval = 1
                report_interval = 7
                pci_alias = a
                pci_alias = b
                """);
        ConfigOpts c = NovaOptions.newConfig().register(multi).load(List.of(f), null);
        assertThat(c.string(NovaOptions.INSTANCE_NAME_TEMPLATE)).isEqualTo("inst-\n%08x");
        assertThat(c.integer(NovaOptions.REPORT_INTERVAL)).isEqualTo(7);
        assertThat(c.list(multi)).containsExactly("a", "b");
    }

    @Test
    void interpolatesDefaultsAndFileValues() throws IOException {
        Path f = file("i.conf", """
                [DEFAULT]
                state_path = /var/lib/nova
                host = node-$report_interval
                [database]
                connection = h2:${state_path}/db and ${DEFAULT.control_exchange} costs $$5
                """);
        ConfigOpts c = load(f);
        assertThat(c.string(NovaOptions.INSTANCES_PATH)).isEqualTo("/var/lib/nova/instances");
        assertThat(c.string(NovaOptions.HOST)).isEqualTo("node-10");
        assertThat(c.string(NovaOptions.DATABASE_CONNECTION)).isEqualTo("h2:/var/lib/nova/db and nova costs $5");
        Path bad = file("b.conf", "[DEFAULT]\nhost = $nosuch\n");
        assertThatThrownBy(() -> load(bad)).hasMessage(bad + ":2: [DEFAULT] host = '$nosuch': cannot substitute $nosuch: no such option");
    }

    @Test
    void laterFilesWinAndConfigDirComesLastSorted() throws IOException {
        Path a = file("a.conf", "[DEFAULT]\nreport_interval = 1\nhost = from-a\n");
        Path b = file("b.conf", "[DEFAULT]\nreport_interval = 2\n");
        file("d/20-last.conf", "[DEFAULT]\nhost = from-dir-20\n");
        file("d/10-first.conf", "[DEFAULT]\nhost = from-dir-10\nservice_down_time = 99\n");
        file("d/ignored.txt", "[DEFAULT]\nservice_down_time = 1\n");
        ConfigOpts c = NovaOptions.newConfig().load(List.of(a, b), dir.resolve("d"));
        assertThat(c.integer(NovaOptions.REPORT_INTERVAL)).isEqualTo(2);
        assertThat(c.string(NovaOptions.HOST)).isEqualTo("from-dir-20");
        assertThat(c.integer(NovaOptions.SERVICE_DOWN_TIME)).isEqualTo(99);
        assertThat(c.loadedFiles()).containsExactly(a, b, dir.resolve("d/10-first.conf"), dir.resolve("d/20-last.conf"));
    }

    @Test
    void noFilesUsesTheFirstFileOfTheSearchPath() throws IOException {
        Path second = file("etc/nova.conf", "[DEFAULT]\nhost = from-etc\n");
        ConfigOpts c = NovaOptions.newConfig().searchPath(List.of(dir.resolve("absent.conf"), second)).load(List.of(), null);
        assertThat(c.string(NovaOptions.HOST)).isEqualTo("from-etc");
        ConfigOpts none = NovaOptions.newConfig().searchPath(List.of(dir.resolve("absent.conf"))).load(List.of(), null);
        assertThat(none.string(NovaOptions.TRANSPORT_URL)).isEqualTo("fake://");
        assertThat(ConfigOpts.DEFAULT_SEARCH_PATH).containsExactly(Path.of("nova.conf"), Path.of("/etc/nova/nova.conf"));
    }

    @Test
    void missingNamedFileOrDirIsAnError() {
        assertThatThrownBy(() -> load(dir.resolve("nope.conf"))).hasMessage("config file " + dir.resolve("nope.conf") + " not found");
        assertThatThrownBy(() -> NovaOptions.newConfig().load(List.of(), dir.resolve("nodir")))
                .hasMessage("config dir " + dir.resolve("nodir") + " not found");
    }

    @Test
    void unregisteredOptionsAreIgnoredUntilRegistered() throws IOException {
        Path f = file("u.conf", "[libvirt]\nvirt_type = xen\n");
        ConfigOpts c = load(f);
        ConfigOption virtType = ConfigOption.choice("libvirt", "virt_type", "kvm", List.of("kvm", "qemu"), "x");
        assertThatThrownBy(() -> c.register(virtType))
                .hasMessage(f + ":2: [libvirt] virt_type = 'xen': not a valid choice; valid choices are kvm, qemu");
    }

    @Test
    void duplicateRegistrationMustBeIdentical() {
        ConfigOpts c = NovaOptions.newConfig();
        c.register(NovaOptions.REPORT_INTERVAL);
        assertThatThrownBy(() -> c.register(ConfigOption.integer("DEFAULT", "report_interval", 11, null, null, "x")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("duplicate option [DEFAULT] report_interval");
    }

    @Test
    void overridesParseStringsAndRejectUnknownOptions() {
        ConfigOpts c = NovaOptions.newConfig();
        c.set("DEFAULT", "report_interval", "3").set("DEFAULT", "periodic_enable", false);
        assertThat(c.integer(NovaOptions.REPORT_INTERVAL)).isEqualTo(3);
        assertThat(c.bool(NovaOptions.PERIODIC_ENABLE)).isFalse();
        assertThatThrownBy(() -> c.set("DEFAULT", "report_interval", "x"))
                .hasMessage("[DEFAULT] report_interval = 'x': not an integer");
        assertThatThrownBy(() -> c.set("DEFAULT", "nope", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option [DEFAULT] nope is not registered");
        c.set("DEFAULT", "report_interval", null);
        assertThat(c.integer(NovaOptions.REPORT_INTERVAL)).isEqualTo(10);
    }

    @Test
    void novaDefaults() {
        ConfigOpts c = NovaOptions.newConfig();
        assertThat(c.string(NovaOptions.CONTROL_EXCHANGE)).isEqualTo("nova");
        assertThat(c.string(NovaOptions.COMPUTE_DRIVER)).isEqualTo("fake.FakeDriver");
        assertThat(c.integer(NovaOptions.RPC_RESPONSE_TIMEOUT)).isEqualTo(60);
        assertThat(c.integer(NovaOptions.LONG_RPC_TIMEOUT)).isEqualTo(1800);
        assertThat(c.integer(NovaOptions.OSAPI_COMPUTE_LISTEN_PORT)).isEqualTo(8774);
        assertThat(c.string(NovaOptions.INSTANCES_PATH)).isEqualTo("./state/instances");
        assertThat(c.list(NovaOptions.NOTIFICATIONS_DRIVER)).isEmpty();
        assertThat(c.string(NovaOptions.HOST)).isNotBlank();
    }
}
