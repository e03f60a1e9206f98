package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the API client commands: API errors print Nova's message on stderr and exit 1. */
abstract class ClientCommand implements Callable<Integer> {
    @Mixin
    ClientOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            Object root = spec.root().userObject();
            CloudOptions cloud = root instanceof org.jnova.cli.JnovaCommand j ? j.cloud() : null;
            return execute(options.client(cloud), spec.commandLine().getOut());
        } catch (ComputeApiException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage() + (e.status() > 0 ? " (HTTP " + e.status() + ")" : ""));
            err.flush();
            return 1;
        }
    }

    abstract int execute(ComputeApiClient client, PrintWriter out);
}
