package org.jnova.domain.rpc;

import java.util.List;
import java.util.Map;

/**
 * A failure as oslo.messaging carries it in a reply ({@code serialize_remote_exception}): class name,
 * module, message, traceback lines, positional args and keyword args. On the wire it is a JSON string
 * of an object with exactly these keys in this order.
 */
public record RemoteFailure(String className, String module, String message, List<String> tb,
                            List<Object> args, Map<String, Object> kwargs) {
    public RemoteFailure {
        tb = tb == null ? List.of() : List.copyOf(tb);
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        kwargs = kwargs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kwargs));
    }
}
