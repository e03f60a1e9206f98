package org.jnova.domain.error;

import java.util.Map;

/** A primitive carries a version of its class that this side cannot read (oslo.versionedobjects). */
public class IncompatibleObjectVersion extends NovaException {
    public static final String MSG_FMT = "Version %(objver)s of %(objname)s is not supported, supported version"
            + " is %(supported)s";

    public IncompatibleObjectVersion(String objname, String objver, String supported) {
        this(null, kwargsOf("objname", objname, "objver", objver, "supported", supported));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public IncompatibleObjectVersion(String message, Map<String, ?> kwargs) {
        super(message == null ? format(MSG_FMT, kwargs) : message, 500, kwargs);
    }

    @Override
    public String novaModule() {
        return UnsupportedObjectError.OVO_MODULE;
    }
}
