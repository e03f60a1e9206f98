package org.jnova.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jnova.common.boot.Bootstrap;
import org.jnova.common.config.ConfigOpts;
import picocli.CommandLine.Option;

/** oslo's {@code --config-file} (repeatable, later wins) and {@code --config-dir}, shared by every command. */
public final class ConfigFileOptions {
    @Option(names = "--config-file", paramLabel = "PATH",
            description = "Path to a config file to use; repeat for several (later files win)."
                    + " Default: ./nova.conf, else /etc/nova/nova.conf, when neither option is given.")
    List<Path> configFiles = new ArrayList<>();

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Directory whose *.conf files are read in name order after the --config-file files.")
    Path configDir;

    /** Nova's options registered and the files read. */
    public ConfigOpts load() {
        return Bootstrap.loadConfig(configFiles, configDir);
    }
}
