package org.jnova.compute.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.NovaException;
import org.jnova.messaging.RemoteError;

/** How the manager classifies and describes errors, by Nova class name (local or rebuilt from the wire). */
public final class NovaErrors {
    private NovaErrors() {
    }

    /** The Nova class name of an error, or the Java simple name for anything else. */
    public static String novaClass(Throwable e) {
        if (e instanceof NovaException n) {
            return n.novaClass();
        }
        if (e instanceof RemoteError r) {
            return r.remoteClass();
        }
        return e.getClass().getSimpleName();
    }

    /** {@code UnexpectedTaskStateError} or its subclass {@code UnexpectedDeletingTaskStateError}. */
    public static boolean isUnexpectedTaskState(Throwable e) {
        String c = novaClass(e);
        return "UnexpectedTaskStateError".equals(c) || "UnexpectedDeletingTaskStateError".equals(c);
    }

    public static boolean isUnexpectedDeletingTaskState(Throwable e) {
        return "UnexpectedDeletingTaskStateError".equals(novaClass(e));
    }

    public static boolean isInstanceNotFound(Throwable e) {
        return e instanceof InstanceNotFound || "InstanceNotFound".equals(novaClass(e));
    }

    /** {@code exc.kwargs['code']} or 500. */
    public static int code(Throwable e) {
        return e instanceof NovaException n ? n.code() : 500;
    }

    /** {@code format_message()}, or the class name when there is no message. */
    public static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? novaClass(e) : m;
    }

    /** The formatted traceback: the Java stack trace. */
    public static String traceback(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
