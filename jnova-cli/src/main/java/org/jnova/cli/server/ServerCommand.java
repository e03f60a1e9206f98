package org.jnova.cli.server;

import picocli.CommandLine.Command;

/** {@code jnova server ...}: the server client of the Compute API. */
@Command(name = "server", description = "Manage servers through the Compute API", mixinStandardHelpOptions = true,
        subcommands = {ServerCreateCommand.class, ServerListCommand.class, ServerShowCommand.class,
                ServerActionCommand.Start.class, ServerActionCommand.Stop.class, ServerActionCommand.Reboot.class,
                ServerActionCommand.Pause.class, ServerActionCommand.Unpause.class,
                ServerActionCommand.Suspend.class, ServerActionCommand.Resume.class, ServerDeleteCommand.class})
public final class ServerCommand {
}
