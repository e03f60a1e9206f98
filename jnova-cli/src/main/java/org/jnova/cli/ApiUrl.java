package org.jnova.cli;

import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;

/** The Compute API URL clients use: {@code http://<osapi_compute_listen, 0.0.0.0 -> 127.0.0.1>:<port>/v2.1}. */
public final class ApiUrl {
    private ApiUrl() {
    }

    public static String of(ConfigOpts config) {
        String listen = config.string(NovaOptions.OSAPI_COMPUTE_LISTEN);
        String host = listen == null || listen.isBlank() || listen.equals("0.0.0.0") ? "127.0.0.1"
                : listen.equals("::") ? "[::1]" : listen.contains(":") ? "[" + listen + "]" : listen;
        return "http://" + host + ":" + config.integer(NovaOptions.OSAPI_COMPUTE_LISTEN_PORT) + "/v2.1";
    }
}
