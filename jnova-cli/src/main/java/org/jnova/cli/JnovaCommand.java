package org.jnova.cli;

import org.jnova.cli.server.CloudOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code jnova}: the root command. Adding a subcommand is one entry in {@code subcommands}.
 */
@Command(name = "jnova", mixinStandardHelpOptions = true, versionProvider = JnovaVersion.class,
        description = "OpenStack Nova's compute control plane on the JVM.",
        subcommands = {
            AllInOneCommand.class,
            ConductorCommand.class,
            ComputeCommand.class,
            ApiCommand.class,
            PluginCommand.class,
            ConfigCommand.class,
            org.jnova.cli.server.ServerCommand.class,
            org.jnova.cli.server.ServiceCommand.class,
            org.jnova.cli.server.HypervisorCommand.class,
            org.jnova.cli.server.FlavorCommand.class,
            org.jnova.cli.server.ImageCommand.class,
            org.jnova.cli.bench.BenchCommand.class,
            org.jnova.cli.rpc.RpcCommand.class,
        })
public final class JnovaCommand {
    @Mixin
    CloudOptions cloud = new CloudOptions();

    /** The global --os-* options (given before or after the subcommand). */
    public CloudOptions cloud() {
        return cloud;
    }
}
