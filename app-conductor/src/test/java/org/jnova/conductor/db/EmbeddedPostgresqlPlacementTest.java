package org.jnova.conductor.db;

/** The placement contract on the embedded adapter over PostgreSQL at 127.0.0.1:5432 (skipped if unreachable). */
class EmbeddedPostgresqlPlacementTest extends EmbeddedPlacementContract {
    @Override
    TestDatabases.Handle database() {
        return TestDatabases.postgresql();
    }
}
