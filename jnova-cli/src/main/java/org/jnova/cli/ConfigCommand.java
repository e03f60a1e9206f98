package org.jnova.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.ConfigSample;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.plugin.PluginCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jnova config sample}: a sample nova.conf, like oslo-config-generator. */
@Command(name = "config", description = "Configuration tools.", subcommands = ConfigCommand.SampleCommand.class)
public final class ConfigCommand {

    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = "Print a sample nova.conf with every option jnova reads, its help and default.")
    static final class SampleCommand implements Callable<Integer> {
        @Option(names = "--no-plugins", description = "Only Nova's options, not those of the installed plugins.")
        boolean noPlugins;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ConfigOpts config = NovaOptions.newConfig();
            if (!noPlugins) {
                // loading the catalog registers every plugin's options
                PluginCatalog.load(config).close();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(ConfigSample.render(config));
            out.flush();
            return 0;
        }
    }
}
