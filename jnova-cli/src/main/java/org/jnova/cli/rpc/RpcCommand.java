package org.jnova.cli.rpc;

import picocli.CommandLine.Command;

/** {@code jnova rpc ...}: talk to any oslo.messaging RPC server (jnova or Nova) for diagnostics. */
@Command(name = "rpc", mixinStandardHelpOptions = true,
        description = "Send diagnostic RPC messages (ping, call, cast) over the configured transport.",
        subcommands = {RpcPingCommand.class, RpcCallCommand.class, RpcCastCommand.class})
public final class RpcCommand {
}
