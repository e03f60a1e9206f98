package org.jnova.domain.error;

import java.util.Map;

/** A primitive names an object class (or namespace) that is not registered (oslo.versionedobjects). */
public class UnsupportedObjectError extends NovaException {
    public static final String MSG_FMT = "Unsupported object type %(objtype)s";
    public static final String OVO_MODULE = "oslo_versionedobjects.exception";

    public UnsupportedObjectError(String objtype) {
        this(null, kwargsOf("objtype", objtype));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public UnsupportedObjectError(String message, Map<String, ?> kwargs) {
        super(message == null ? format(MSG_FMT, kwargs) : message, 500, kwargs);
    }

    @Override
    public String novaModule() {
        return OVO_MODULE;
    }
}
