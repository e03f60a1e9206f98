package org.jnova.adapter.placement.openstack;

import org.jnova.ports.placement.PlacementContract;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.RealPlacement;

/**
 * The placement contract against Debian's real placement-api (python3-placement 8.0.0) on loopback, reached
 * as Nova's compute reaches a noauth2 Placement: {@code auth_type = admin_token}, {@code token = admin}.
 */
class OpenStackPlacementContractTest extends PlacementContract {
    private RealPlacement server;

    @Override
    protected PlacementService open() throws Exception {
        server = RealPlacement.start(RealPlacement.repositoryRoot());
        return new OpenStackPlacementFactory().create(MapConfig.adminToken(server.url()));
    }

    @Override
    protected void shutdown() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
