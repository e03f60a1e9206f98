package org.jnova.messaging;

import org.jnova.domain.rpc.RemoteFailure;

/**
 * oslo's {@code RemoteError}: the callee failed with an exception this side does not rebuild into a
 * typed one. Carries the remote class, module, message and traceback.
 */
public class RemoteError extends RuntimeException {
    private final RemoteFailure failure;

    public RemoteError(RemoteFailure failure) {
        super("Remote error: " + failure.className() + " " + failure.message());
        this.failure = failure;
    }

    public RemoteFailure failure() {
        return failure;
    }

    public String remoteClass() {
        return failure.className();
    }

    public String remoteModule() {
        return failure.module();
    }
}
