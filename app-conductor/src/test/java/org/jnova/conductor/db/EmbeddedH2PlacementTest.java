package org.jnova.conductor.db;

/** The placement contract on the embedded adapter over an in-memory H2. */
class EmbeddedH2PlacementTest extends EmbeddedPlacementContract {
    @Override
    TestDatabases.Handle database() {
        return TestDatabases.h2();
    }
}
