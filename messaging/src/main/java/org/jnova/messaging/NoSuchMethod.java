package org.jnova.messaging;

import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;

/**
 * oslo's {@code oslo_messaging.rpc.dispatcher.NoSuchMethod}: a compatible endpoint does not have the method
 * (or refuses it). Thrown by the dispatcher and rebuilt on the calling side.
 */
public class NoSuchMethod extends RemoteError {
    public static final String MODULE = "oslo_messaging.rpc.dispatcher";

    public NoSuchMethod(RemoteFailure failure) {
        super(failure);
    }

    /** The failure a server sends for {@code method}. */
    public static NoSuchMethod forMethod(String method) {
        String msg = "Endpoint does not support RPC method " + method;
        return new NoSuchMethod(new RemoteFailure("NoSuchMethod", MODULE, msg, List.of(), List.of(msg), Map.of()));
    }
}
