package org.jnova.conductor.db;

import org.jnova.ports.placement.PlacementContract;
import org.jnova.ports.placement.PlacementService;

/** The placement contract on the embedded adapter over an in-memory H2. */
class EmbeddedH2PlacementTest extends PlacementContract {
    private TestDatabases.Handle handle;

    @Override
    protected PlacementService open() {
        handle = TestDatabases.h2();
        return JdbcPlacementService.over(handle.db());
    }

    @Override
    protected void shutdown() {
        if (handle != null) {
            handle.close();
        }
    }
}
