package org.jnova.ports.transport;

/** The transport could not do what was asked; the message names the operation and the cause. */
public class TransportException extends RuntimeException {
    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
