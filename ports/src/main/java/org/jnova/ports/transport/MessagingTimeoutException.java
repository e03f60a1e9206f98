package org.jnova.ports.transport;

/** oslo's {@code MessagingTimeout}: no (final) reply within the timeout. */
public class MessagingTimeoutException extends TransportException {
    public MessagingTimeoutException(String message) {
        super(message);
    }
}
