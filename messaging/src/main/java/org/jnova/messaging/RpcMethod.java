package org.jnova.messaging;

import org.jnova.domain.rpc.RequestContext;

/** One RPC method of an endpoint; the result is returned to a caller (objects are serialized). */
@FunctionalInterface
public interface RpcMethod {
    Object invoke(RequestContext context, RpcArgs args) throws Exception;
}
