package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, isolated databases for tests: an in-memory H2, a new schema in PostgreSQL's {@code test}
 * database, or a new MariaDB database. {@link Handle#close()} drops what was created.
 */
final class TestDatabases {
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    private TestDatabases() {
    }

    /** An opened database, where it is (another process can open it too) and how to drop it. */
    record Handle(Database db, DatabaseUrl url, String schema, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
            drop.run();
        }
    }

    static Handle h2() {
        DatabaseUrl url = DatabaseUrl.parse("h2:mem:" + name(), null);
        return new Handle(Database.open(url, 4, null), url, null, () -> { });
    }

    /**
     * An H2 file in {@code dir} that other processes may open too (AUTO_SERVER: the first opener serves
     * the others over TCP), which the embedded default never does but the claim tests need.
     */
    static Handle h2Shared(java.nio.file.Path dir) {
        DatabaseUrl url = new DatabaseUrl(Dialect.H2, "jdbc:h2:file:" + dir.resolve(name()).toAbsolutePath()
                + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000", "sa", "");
        return new Handle(Database.open(url, 4, null), url, null, () -> { });
    }

    static Handle postgresql() {
        String schema = name();
        admin(PG_URL, "postgres", "", "PostgreSQL at 127.0.0.1:5432 (user postgres, db test)",
                "CREATE SCHEMA " + schema);
        DatabaseUrl url = new DatabaseUrl(Dialect.POSTGRESQL, PG_URL, "postgres", "");
        return new Handle(Database.open(url, 4, schema), url, schema,
                () -> admin(PG_URL, "postgres", "", "PostgreSQL", "DROP SCHEMA " + schema + " CASCADE"));
    }

    static Handle mariadb() {
        String database = name();
        admin(MARIADB_SERVER + "test", "root", "", "MariaDB at 127.0.0.1:3306 (user root, db test)",
                "CREATE DATABASE " + database);
        DatabaseUrl url = new DatabaseUrl(Dialect.MARIADB, MARIADB_SERVER + database, "root", "");
        return new Handle(Database.open(url, 4, null), url, null,
                () -> admin(MARIADB_SERVER + "test", "root", "", "MariaDB", "DROP DATABASE " + database));
    }

    private static String name() {
        return "jnova_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Runs one statement as the administrator; an unreachable server skips the test, saying why. */
    private static void admin(String jdbcUrl, String user, String password, String what, String sql) {
        Connection c;
        try {
            c = DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            Assumptions.abort(what + " is not reachable, skipping its persistence tests: " + e.getMessage());
            return;
        }
        try (c; Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
