package org.jnova.conductor.db;

/** A database operation failed for a reason the caller cannot fix (oslo.db's {@code DBError}). */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
