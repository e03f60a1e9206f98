package org.jnova.common.boot;

import java.nio.file.Path;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.hypervisor.DriverContext;

/** The DriverContext the host gives a hypervisor plugin. */
record HostDriverContext(ConfigView config, String host, Path statePath) implements DriverContext {
}
