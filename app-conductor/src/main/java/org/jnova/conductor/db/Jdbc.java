package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Small JDBC helpers shared by the repositories: connection scoping, binding, UTC timestamps. */
final class Jdbc {
    private Jdbc() {
    }

    /** Work done with one pooled connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on a pooled connection; SQL errors become {@link DatabaseException}s. */
    static <T> T with(Database db, String what, Work<T> work) {
        try (Connection c = db.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Times a transaction is retried after the database chose it as a deadlock victim. */
    static final int DEADLOCK_ATTEMPTS = 5;

    /**
     * Runs {@code work} in one READ COMMITTED transaction, committed if it returns and rolled back if it
     * throws; a deadlock or serialization failure (SQLSTATE class 40) runs it again from the start.
     */
    static <T> T transaction(Database db, String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                if (db.needsReadCommitted()) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                try {
                    T out = work.run(c);
                    c.commit();
                    return out;
                } catch (SQLException | RuntimeException | Error e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (attempt < DEADLOCK_ATTEMPTS && isRetryable(e)) {
                    continue;
                }
                throw new DatabaseException(what + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static boolean isRetryable(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && s.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Binds parameters: String, Number, Boolean, Instant (stored as UTC) or null. */
    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                ps.setTimestamp(i + 1, Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC)));
            } else if (p instanceof Integer n) {
                ps.setLong(i + 1, n);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** A stored UTC timestamp as an Instant (null stays null). */
    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /** Now, at the microsecond precision every supported database keeps. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** "?, ?, ?" for an IN list of n items. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
