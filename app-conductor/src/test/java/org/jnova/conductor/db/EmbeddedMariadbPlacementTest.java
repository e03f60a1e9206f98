package org.jnova.conductor.db;

import org.jnova.ports.placement.PlacementContract;
import org.jnova.ports.placement.PlacementService;

/** The placement contract on the embedded adapter over Mariadb (skipped, saying so, if the server is unreachable). */
class EmbeddedMariadbPlacementTest extends PlacementContract {
    private TestDatabases.Handle handle;

    @Override
    protected PlacementService open() {
        handle = TestDatabases.mariadb();
        return JdbcPlacementService.over(handle.db());
    }

    @Override
    protected void shutdown() {
        if (handle != null) {
            handle.close();
        }
    }
}
