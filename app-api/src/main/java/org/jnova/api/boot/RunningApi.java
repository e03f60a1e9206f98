package org.jnova.api.boot;

import org.jnova.api.http.ApiHttpServer;
import org.jnova.common.service.RunningService;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The started API: its listener and the servicegroup driver it asks about liveness. */
public final class RunningApi implements RunningService {
    private static final Logger LOG = LoggerFactory.getLogger(RunningApi.class);

    private final ApiHttpServer server;
    private final ServiceGroupDriver serviceGroup;
    private final String description;

    RunningApi(ApiHttpServer server, ServiceGroupDriver serviceGroup, String description) {
        this.server = server;
        this.serviceGroup = serviceGroup;
        this.description = description;
    }

    /** The bound port (the configured one, or the one picked for port 0). */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        LOG.info("Stopping {}", description);
        server.close();
        serviceGroup.close();
    }

    @Override
    public String description() {
        return description;
    }
}
