package org.jnova.ports.transport;

/** oslo's {@code MessageDeliveryFailure}: the publish retry budget ran out. */
public class MessageDeliveryFailureException extends TransportException {
    public MessageDeliveryFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
