package org.jnova.conductor.db;

import java.sql.SQLException;

/** The SQL databases jnova's cell database runs on, with what differs between them. */
public enum Dialect {
    H2("classpath:db/migration/h2"),
    POSTGRESQL("classpath:db/migration/postgresql"),
    MARIADB("classpath:db/migration/mariadb");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The Flyway location of this dialect's schema migrations. */
    public String migrations() {
        return migrations;
    }

    /** Whether the error is a unique-key violation (SQLSTATE class 23, "integrity constraint"). */
    public static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.equals("23505") || state.equals("23000") || state.equals("23001"))) {
                return true;
            }
        }
        return e instanceof java.sql.SQLIntegrityConstraintViolationException;
    }
}
