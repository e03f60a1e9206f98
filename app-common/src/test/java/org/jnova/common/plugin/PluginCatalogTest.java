package org.jnova.common.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jnova.common.config.ConfigException;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.plugin.fixture.FixtureHypervisorFactory;
import org.jnova.common.plugin.fixture.FixturePlugin;
import org.jnova.common.plugin.fixture.FixtureTransportFactory;
import org.jnova.ports.transport.TransportUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginCatalogTest {
    @TempDir
    Path plugins;

    private Path fixturePlugin() throws Exception {
        return PluginZips.write(plugins, "jnova-fixture", FixturePlugin.class.getName(),
                List.of(FixtureTransportFactory.class, FixtureHypervisorFactory.class),
                List.of(FixturePlugin.class, FixtureTransportFactory.class, FixtureHypervisorFactory.class));
    }

    @Test
    void selectsFactoriesByTransportSchemeAliasAndComputeDriver() throws Exception {
        fixturePlugin();
        ConfigOpts config = NovaOptions.newConfig();
        try (PluginCatalog catalog = PluginCatalog.load(config, plugins)) {
            assertThat(catalog.transportFactory("fixture").scheme()).isEqualTo("fixture");
            assertThat(catalog.transportFactory(TransportUrl.parse("fixture-alias://h")).scheme()).isEqualTo("fixture");
            assertThat(catalog.hypervisorFactory("fixture.SmallFixtureDriver").name()).isEqualTo("fixture.FixtureDriver");
            // loaded by the plugin's class loader, yet implementing the host's port interface
            assertThat(catalog.transportFactory("fixture").getClass().getClassLoader())
                    .isNotSameAs(getClass().getClassLoader());
            PluginInfo info = catalog.describe().stream().filter(p -> p.id().equals("jnova-fixture")).findFirst()
                    .orElseThrow();
            assertThat(info.version()).isEqualTo("0.1.0");
            assertThat(info.state()).isEqualTo("STARTED");
            assertThat(info.provides()).containsExactly("transport: fixture, fixture-alias",
                    "compute_driver: fixture.FixtureDriver, fixture.SmallFixtureDriver");
        }
    }

    @Test
    void registersPluginOptionsSoTheirFileValuesAreValidated(@TempDir Path etc) throws Exception {
        fixturePlugin();
        Path conf = etc.resolve("nova.conf");
        Files.writeString(conf, "[oslo_messaging_fixture]\nfixture_retries = -1\n");
        ConfigOpts config = NovaOptions.newConfig().load(List.of(conf), null);
        assertThatThrownBy(() -> PluginCatalog.load(config, plugins))
                .isInstanceOf(ConfigException.class)
                .hasMessage(conf + ":2: [oslo_messaging_fixture] fixture_retries = '-1': should be greater than or equal to 0");
    }

    @Test
    void unknownSchemeNamesTheOptionValueAndWhatIsInstalled() throws Exception {
        fixturePlugin();
        try (PluginCatalog catalog = PluginCatalog.load(NovaOptions.newConfig(), plugins)) {
            assertThatThrownBy(() -> catalog.transportFactory(TransportUrl.parse("foo://x")))
                    .isInstanceOf(PluginSelectionException.class)
                    .hasMessageStartingWith("transport_url scheme 'foo' (transport_url = foo://x) is not provided by"
                            + " any installed plugin; installed transports: ")
                    .hasMessageContaining("fixture, fixture-alias")
                    .hasMessageEndingWith("(plugins dir: " + plugins.toAbsolutePath().normalize() + ")");
            assertThatThrownBy(() -> catalog.hypervisorFactory("libvirt.LibvirtDriver"))
                    .hasMessageStartingWith("compute_driver 'libvirt.LibvirtDriver' is not provided by any installed"
                            + " plugin; installed compute drivers: ")
                    .hasMessageContaining("fixture.FixtureDriver");
        }
    }

    @Test
    void aMissingPluginsDirMeansNoPlugins() {
        try (PluginCatalog catalog = PluginCatalog.load(NovaOptions.newConfig(), plugins.resolve("absent"))) {
            assertThat(catalog.describe()).allMatch(p -> p.id().equals(PluginCatalog.CLASSPATH_ID));
        }
    }

    @Test
    void aCorruptZipIsAnErrorNamingTheArchive() throws Exception {
        Path zip = PluginZips.writeRaw(plugins, "broken.zip", "this is not a zip".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> PluginCatalog.load(NovaOptions.newConfig(), plugins))
                .isInstanceOf(PluginSelectionException.class)
                .hasMessageStartingWith("broken plugin archive " + zip.toAbsolutePath().normalize() + ": not a valid zip archive");
    }

    @Test
    void aZipWithoutPluginPropertiesIsAnErrorNamingTheArchive() throws Exception {
        Path zip = plugins.resolve("noprops.zip");
        PluginZips.zipWithout(zip, "classes/readme.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> PluginCatalog.load(NovaOptions.newConfig(), plugins))
                .isInstanceOf(PluginSelectionException.class)
                .hasMessage("broken plugin archive " + zip.toAbsolutePath().normalize()
                        + ": no plugin.properties at the archive root");
    }

    @Test
    void pluginsRootComesFromSystemPropertiesInOrder() {
        String dir = System.getProperty(JnovaPluginManager.PLUGINS_DIR_PROPERTY);
        String home = System.getProperty(JnovaPluginManager.HOME_PROPERTY);
        try {
            System.clearProperty(JnovaPluginManager.PLUGINS_DIR_PROPERTY);
            System.setProperty(JnovaPluginManager.HOME_PROPERTY, "/opt/jnova");
            assertThat(JnovaPluginManager.defaultPluginsRoot()).isEqualTo(Path.of("/opt/jnova/plugins"));
            System.setProperty(JnovaPluginManager.PLUGINS_DIR_PROPERTY, "/srv/p");
            assertThat(JnovaPluginManager.defaultPluginsRoot()).isEqualTo(Path.of("/srv/p"));
            System.clearProperty(JnovaPluginManager.PLUGINS_DIR_PROPERTY);
            System.clearProperty(JnovaPluginManager.HOME_PROPERTY);
            assertThat(JnovaPluginManager.defaultPluginsRoot()).isEqualTo(Path.of("plugins"));
        } finally {
            restore(JnovaPluginManager.PLUGINS_DIR_PROPERTY, dir);
            restore(JnovaPluginManager.HOME_PROPERTY, home);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
