package org.jnova.conductor.db;

import org.jnova.ports.placement.PlacementContract;
import org.jnova.ports.placement.PlacementService;

/** The placement contract on the embedded adapter, over the database each subclass opens. */
abstract class EmbeddedPlacementContract extends PlacementContract {
    private TestDatabases.Handle handle;

    abstract TestDatabases.Handle database();

    @Override
    protected PlacementService open() {
        handle = database();
        return JdbcPlacementService.over(handle.db());
    }

    @Override
    protected void shutdown() {
        if (handle != null) {
            handle.close();
        }
    }
}
