package org.jnova.messaging;

import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;

/**
 * oslo's {@code oslo_messaging.rpc.dispatcher.UnsupportedVersion}: no endpoint with the message's namespace
 * serves its version. Thrown by the dispatcher and rebuilt on the calling side.
 */
public class UnsupportedVersion extends RemoteError {
    public UnsupportedVersion(RemoteFailure failure) {
        super(failure);
    }

    /** The failure a server sends for {@code version} and {@code method}. */
    public static UnsupportedVersion forRequest(String version, String method) {
        String msg = "Endpoint does not support RPC version " + version + ". Attempted method: " + method;
        return new UnsupportedVersion(new RemoteFailure("UnsupportedVersion", NoSuchMethod.MODULE, msg, List.of(),
                List.of(msg), Map.of()));
    }
}
