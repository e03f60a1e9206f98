package org.jnova.messaging.driver;

/**
 * Receives requests from a listener. It is called on the driver's consumer thread and SHOULD hand the
 * message to an executor quickly; it MUST NOT throw (the driver logs and drops what it throws).
 */
@FunctionalInterface
public interface IncomingHandler {
    void onMessage(RpcIncomingMessage message);
}
