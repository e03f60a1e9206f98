package org.jnova.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jnova.cli.e2e.TestingServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JnovaMainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private PluginsDirProperty pluginsDir;

    @BeforeEach
    void emptyPluginsDir() {
        pluginsDir = new PluginsDirProperty().set(dir.resolve("plugins"));
    }

    @AfterEach
    void restore() {
        pluginsDir.restore();
    }

    private int run(String... args) {
        CommandLine cli = JnovaMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path conf(String text) throws Exception {
        Path f = dir.resolve("nova.conf");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void versionAndHelpListTheSubcommands() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("jnova 0.1.0");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("all-in-one", "conductor", "compute", "api", "plugin", "config");
    }

    @Test
    void configSampleListsNovaOptions() {
        assertThat(run("config", "sample", "--no-plugins")).isZero();
        assertThat(out.toString()).startsWith("[DEFAULT]").contains("#transport_url = fake://")
                .contains("[database]").contains("#handle_virt_lifecycle_events = true");
    }

    @Test
    void pluginListWithNoPluginsPrintsAnEmptyJsonArrayAndATableHeader() {
        assertThat(run("plugin", "list", "-f", "json")).isZero();
        assertThat(out.toString()).isEqualTo("[]\n");
        out.getBuffer().setLength(0);
        assertThat(run("plugin", "list")).isZero();
        assertThat(out.toString()).startsWith("ID").contains("VERSION", "STATE", "PROVIDES", "PATH");
    }

    @Test
    void pluginListShowsTheBuiltPlugins() {
        new PluginsDirProperty().set(TestingServers.builtPlugins("jnova-transport-fake.zip"));
        assertThat(run("plugin", "list", "-f", "json")).isZero();
        assertThat(out.toString()).contains("\"id\": \"jnova-transport-fake\"").contains("\"transport: fake\"")
                .contains("\"state\": \"STARTED\"");
    }

    @Test
    void aBadConfigValueIsOneLineOnStderrAndExitCode1() throws Exception {
        Path f = conf("[DEFAULT]\nreport_interval = soon\n");
        assertThat(run("plugin", "list", "--config-file", f.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("jnova: " + f + ":2: [DEFAULT] report_interval = 'soon': not an integer"
                + System.lineSeparator());
    }

    @Test
    void aMissingConfigFileIsReported() {
        assertThat(run("plugin", "list", "--config-file", dir.resolve("nope.conf").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("jnova: config file " + dir.resolve("nope.conf") + " not found");
    }

    @Test
    void anUnknownTransportSchemeStopsStartupWithTheInstalledList() throws Exception {
        Path f = conf("[DEFAULT]\ntransport_url = foo://x\n");
        assertThat(run("conductor", "--config-file", f.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("jnova: transport_url scheme 'foo' (transport_url = foo://x) is not"
                + " provided by any installed plugin; installed transports: none (plugins dir: ");
        assertThat(err.toString().lines()).hasSize(1);
    }
}
