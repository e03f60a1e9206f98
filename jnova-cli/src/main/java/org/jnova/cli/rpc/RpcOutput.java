package org.jnova.cli.rpc;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.PyJson;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;
import org.jnova.ports.transport.TransportException;

/** Prints results and failures of the rpc commands; returns the exit code. */
final class RpcOutput {
    private RpcOutput() {
    }

    static int result(PrintWriter out, String format, Map<String, Object> figures) {
        if ("json".equals(format)) {
            out.println(PyJson.dumps(figures));
        } else {
            figures.forEach((k, v) -> out.printf("%-12s %s%n", k, v instanceof String s ? s : PyJson.dumps(v)));
        }
        out.flush();
        return 0;
    }

    /** A remote failure prints class, module and message; a timeout or transport error its message. Exit 1. */
    static int failure(PrintWriter out, PrintWriter err, String format, TransportException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e instanceof RemoteFailureException r) {
            RemoteFailure f = r.failure();
            m.put("error", "remote");
            m.put("class", f.className());
            m.put("module", f.module());
            m.put("message", f.message());
        } else {
            m.put("error", e instanceof MessagingTimeoutException ? "timeout" : "transport");
            m.put("class", e.getClass().getSimpleName());
            m.put("message", e.getMessage());
        }
        if ("json".equals(format)) {
            out.println(PyJson.dumps(m));
            out.flush();
        } else {
            m.forEach((k, v) -> err.printf("%-8s %s%n", k, v));
            err.flush();
        }
        return 1;
    }
}
