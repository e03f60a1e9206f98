package org.jnova.conductor.db;

/** The persistence contract on PostgreSQL at 127.0.0.1:5432, in a fresh schema (skipped if unreachable). */
class PostgresqlPersistenceTest extends PersistenceContract {
    @Override
    TestDatabases.Handle open() {
        return TestDatabases.postgresql();
    }
}
