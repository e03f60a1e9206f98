package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code OrphanedObjectError} (code 500): A lazy-load or remote call on an object without a context. */
public class OrphanedObjectError extends NovaException {
    public static final String MSG_FMT = "Cannot call %(method)s on orphaned %(objtype)s object";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public OrphanedObjectError(String method, String objtype) {
        this(null, kwargsOf("method", method, "objtype", objtype));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public OrphanedObjectError(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected OrphanedObjectError(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
