package org.jnova.cli;

import org.jnova.domain.objects.Service;
import picocli.CommandLine.IVersionProvider;

/** {@code jnova --version}: jnova's version and the Nova release and service version it speaks. */
final class JnovaVersion implements IVersionProvider {
    static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"jnova " + VERSION + " (Nova Zed wire, service version " + Service.SERVICE_VERSION + ")"};
    }
}
