package org.jnova.cli.bench;

import picocli.CommandLine.Command;

/** {@code jnova bench ...}: measurements of a jnova cloud. */
@Command(name = "bench", description = "Benchmarks (speed and memory are measured here, never asserted in tests)",
        mixinStandardHelpOptions = true, subcommands = {BootCommand.class, BenchRpcCommand.class})
public final class BenchCommand {
}
