package org.jnova.conductor.db;

/** The persistence contract on an in-memory H2 database (always runs). */
class H2PersistenceTest extends PersistenceContract {
    @Override
    TestDatabases.Handle open() {
        return TestDatabases.h2();
    }
}
