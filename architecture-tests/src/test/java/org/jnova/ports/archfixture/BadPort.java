package org.jnova.ports.archfixture;

import org.jnova.messaging.RpcEndpoint;

/** Deliberate violation: a port referring to the RPC engine (an app). */
public interface BadPort {
    RpcEndpoint endpoint();
}
