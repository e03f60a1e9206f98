package org.jnova.conductor.db;

/** The persistence contract on MariaDB at 127.0.0.1:3306, in a fresh database (skipped if unreachable). */
class MariadbPersistenceTest extends PersistenceContract {
    @Override
    TestDatabases.Handle open() {
        return TestDatabases.mariadb();
    }
}
