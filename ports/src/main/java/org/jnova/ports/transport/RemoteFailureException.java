package org.jnova.ports.transport;

import org.jnova.domain.rpc.RemoteFailure;

/** The callee answered with a failure; the engine turns it into a typed exception where it can. */
public class RemoteFailureException extends TransportException {
    private final RemoteFailure failure;

    public RemoteFailureException(RemoteFailure failure) {
        super("Remote error: " + failure.className() + " (" + failure.module() + "): " + failure.message());
        this.failure = failure;
    }

    public RemoteFailure failure() {
        return failure;
    }
}
