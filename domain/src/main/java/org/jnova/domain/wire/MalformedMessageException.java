package org.jnova.domain.wire;

/** A message body that is not valid JSON or not a valid oslo.messaging message; the text says why. */
public class MalformedMessageException extends RuntimeException {
    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
