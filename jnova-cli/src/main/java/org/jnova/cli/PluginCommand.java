package org.jnova.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.plugin.PluginCatalog;
import org.jnova.common.plugin.PluginInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jnova plugin list}: the installed plugins and what they provide. */
@Command(name = "plugin", description = "Inspect installed plugins.", subcommands = PluginCommand.ListCommand.class)
public final class PluginCommand {

    /** Output formats of {@code plugin list}. */
    enum Format { table, json }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List installed plugins (id, version, state, path, provides).")
    static final class ListCommand implements Callable<Integer> {
        @Mixin
        ConfigFileOptions configOptions;

        @Option(names = {"-f", "--format"}, defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES}.")
        Format format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ConfigOpts config = configOptions.load();
            try (PluginCatalog catalog = PluginCatalog.load(config)) {
                PrintWriter out = spec.commandLine().getOut();
                List<PluginInfo> plugins = catalog.describe();
                out.print(format == Format.json ? PluginListFormat.json(plugins) : PluginListFormat.table(plugins));
                out.flush();
            }
            return 0;
        }
    }
}
