package org.jnova.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.error.NovaExceptions;
import org.jnova.domain.rpc.RemoteFailure;

/**
 * Converts between Java exceptions and oslo's wire failures ({@code serialize_remote_exception} /
 * {@code deserialize_remote_exception}), in one place for the server and the client side.
 */
public final class RemoteFailures {
    /** Stack frames kept in a failure's {@code tb}; enough to locate the error, short enough for logs. */
    private static final int MAX_FRAMES = 40;

    private RemoteFailures() {
    }

    /**
     * The failure a server replies with. Nova errors keep their class, module and kwargs so a Python
     * caller rebuilds them; argument errors become {@code builtins.TypeError} and bad values
     * {@code builtins.ValueError}; other Java exceptions keep their simple name with the Java package as
     * module, which Python callers see as a plain {@code RemoteError}.
     */
    public static RemoteFailure fromThrowable(Throwable t) {
        List<String> tb = traceback(t);
        if (t instanceof NovaException n) {
            return new RemoteFailure(n.novaClass(), n.novaModule(), n.getMessage(), tb, n.args(), n.kwargs());
        }
        if (t instanceof RemoteError r) {
            RemoteFailure f = r.failure();
            return new RemoteFailure(f.className(), f.module(), f.message(), f.tb().isEmpty() ? tb : f.tb(),
                    f.args(), f.kwargs());
        }
        String message = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof RpcArgumentException) {
            return new RemoteFailure("TypeError", "builtins", message, tb, List.of(message), Map.of());
        }
        if (t instanceof IllegalArgumentException) {
            return new RemoteFailure("ValueError", "builtins", message, tb, List.of(message), Map.of());
        }
        Package pkg = t.getClass().getPackage();
        return new RemoteFailure(t.getClass().getSimpleName(), pkg == null ? "java" : pkg.getName(), message, tb,
                List.of(message), Map.of());
    }

    /**
     * The exception a caller throws for a received failure: Nova's errors as their
     * {@code org.jnova.domain.error} class, the dispatcher's as {@link NoSuchMethod} /
     * {@link UnsupportedVersion}, anything else as {@link RemoteError}.
     */
    public static RuntimeException toException(RemoteFailure f) {
        if (NovaException.MODULE.equals(f.module())) {
            return NovaExceptions.rebuild(f.className(), f.message(), f.kwargs());
        }
        if (NoSuchMethod.MODULE.equals(f.module())) {
            if ("NoSuchMethod".equals(f.className())) {
                return new NoSuchMethod(f);
            }
            if ("UnsupportedVersion".equals(f.className())) {
                return new UnsupportedVersion(f);
            }
        }
        return new RemoteError(f);
    }

    /** Java's stack trace as traceback lines, each ending in a newline as Python's do. */
    static List<String> traceback(Throwable t) {
        List<String> out = new ArrayList<>();
        out.add(t + "\n");
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < frames.length && i < MAX_FRAMES; i++) {
            out.add("  at " + frames[i] + "\n");
        }
        if (t.getCause() != null && t.getCause() != t) {
            out.add("Caused by: " + t.getCause() + "\n");
        }
        return out;
    }
}
