package org.jnova.ports.placement;

/** Placement could not do what was asked: unreachable, refused the credentials, or failed. */
public class PlacementException extends RuntimeException {
    public PlacementException(String message) {
        super(message);
    }

    public PlacementException(String message, Throwable cause) {
        super(message, cause);
    }
}
