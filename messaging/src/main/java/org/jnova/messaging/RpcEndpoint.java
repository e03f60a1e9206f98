package org.jnova.messaging;

import java.util.Map;
import org.jnova.domain.rpc.Target;

/**
 * A set of RPC methods served under one namespace and version (an oslo endpoint). Wire method names
 * stay snake_case and are mapped explicitly to Java code.
 */
public interface RpcEndpoint {
    /** Only namespace and version matter: which requests this endpoint accepts. */
    Target target();

    /** Wire method name to implementation. Names starting with {@code _} are refused by the dispatcher. */
    Map<String, RpcMethod> methods();
}
