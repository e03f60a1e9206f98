package org.jnova.api.compute;

/** A request the API refuses before touching anything: HTTP 400 with this message. */
public class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
