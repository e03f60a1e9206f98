package org.jnova.messaging;

/** A request's arguments do not fit the method; returned to the caller as {@code builtins.TypeError}. */
public class RpcArgumentException extends RuntimeException {
    public RpcArgumentException(String message) {
        super(message);
    }
}
