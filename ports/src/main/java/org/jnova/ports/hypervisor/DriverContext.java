package org.jnova.ports.hypervisor;

import java.nio.file.Path;
import org.jnova.ports.config.ConfigView;

/** What a hypervisor driver gets from the compute service. */
public interface DriverContext {
    ConfigView config();

    /** {@code CONF.host}. */
    String host();

    /** {@code CONF.state_path}. */
    Path statePath();
}
