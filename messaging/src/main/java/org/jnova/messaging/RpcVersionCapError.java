package org.jnova.messaging;

/** oslo's {@code RPCVersionCapError}: the message version is not allowed by the client's version cap. */
public class RpcVersionCapError extends RuntimeException {
    public RpcVersionCapError(String version, String versionCap) {
        super("Requested message version, " + version + " is incompatible. It needs to be equal in major version"
                + " and less than or equal in minor version as the specified version cap " + versionCap + ".");
    }
}
