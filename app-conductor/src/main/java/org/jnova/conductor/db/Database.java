package org.jnova.conductor.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A pooled connection to the cell database, migrated to the current schema when opened. */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseUrl url;
    private final HikariDataSource pool;

    private Database(DatabaseUrl url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
    }

    /**
     * Opens a pool of at most {@code maxConnections} and runs the Flyway migrations of the dialect.
     * {@code schema} (nullable) puts jnova's tables in that schema (PostgreSQL) or database (MariaDB/H2
     * ignore it unless set in the URL); tests use it for isolation.
     */
    public static Database open(DatabaseUrl url, int maxConnections, String schema) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url.jdbcUrl());
        cfg.setUsername(url.user());
        cfg.setPassword(url.password());
        cfg.setMaximumPoolSize(maxConnections);
        cfg.setPoolName("jnova-db");
        cfg.setAutoCommit(true);
        if (schema != null) {
            cfg.setSchema(schema);
        }
        HikariDataSource pool = new HikariDataSource(cfg);
        try {
            var flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations(url.dialect().migrations())
                    .table("jnova_schema_history");
            if (schema != null) {
                flyway.schemas(schema).defaultSchema(schema);
            }
            flyway.load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("cannot migrate the database " + url + ": " + e.getMessage(), e);
        }
        LOG.info("Database {} is ready", url);
        return new Database(url, pool);
    }

    /**
     * Whether transactions must ask for READ COMMITTED: MariaDB defaults to REPEATABLE READ, H2 and
     * PostgreSQL already read committed (asking costs PostgreSQL a round trip).
     */
    boolean needsReadCommitted() {
        return url.dialect() == Dialect.MARIADB;
    }

    /** A pooled connection in auto-commit mode; the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}
