package org.jnova.api.validation;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One jsonschema {@code ValidationError}: its message (jsonschema 4.10's wording, Python reprs), the path
 * from the document root to the failing value, that value, and the reason when Nova's name format
 * checker refused it ({@code InvalidName}).
 */
final class SchemaError {
    final String message;
    final Deque<Object> path = new ArrayDeque<>();
    Object instance;
    boolean instanceSet;
    final String invalidNameReason;

    SchemaError(String message, String invalidNameReason) {
        this.message = message;
        this.invalidNameReason = invalidNameReason;
    }

    SchemaError(String message) {
        this(message, null);
    }
}
