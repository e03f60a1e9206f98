package org.jnova.cli.server;

/** An error answer of the compute API (status 0 when the API could not be reached). */
public class ComputeApiException extends RuntimeException {
    private final int status;

    public ComputeApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
