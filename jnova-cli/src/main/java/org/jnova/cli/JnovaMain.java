package org.jnova.cli;

import org.jnova.common.config.ConfigException;
import org.jnova.common.plugin.PluginSelectionException;
import picocli.CommandLine;

/** Entry point of {@code bin/jnova}. */
public final class JnovaMain {
    private JnovaMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; start-up errors become one line on stderr and exit code 1. */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new JnovaCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConfigException || t instanceof PluginSelectionException) {
                    commandLine.getErr().println("jnova: " + t.getMessage());
                    commandLine.getErr().flush();
                    return 1;
                }
            }
            throw e;
        });
        return cli;
    }
}
