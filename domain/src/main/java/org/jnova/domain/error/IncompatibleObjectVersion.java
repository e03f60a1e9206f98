package org.jnova.domain.error;

import java.util.Map;

/** A primitive carries a version of its class that this side cannot read. */
public class IncompatibleObjectVersion extends NovaException {
    public IncompatibleObjectVersion(String objname, String objver, String supported) {
        super("Version " + objver + " of " + objname + " is not supported, supported version is " + supported,
                500, Map.of("objname", objname, "objver", objver, "supported", supported));
    }
}
