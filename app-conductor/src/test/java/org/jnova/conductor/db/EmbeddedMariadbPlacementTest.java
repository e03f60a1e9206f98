package org.jnova.conductor.db;

/** The placement contract on the embedded adapter over MariaDB at 127.0.0.1:3306 (skipped if unreachable). */
class EmbeddedMariadbPlacementTest extends EmbeddedPlacementContract {
    @Override
    TestDatabases.Handle database() {
        return TestDatabases.mariadb();
    }
}
