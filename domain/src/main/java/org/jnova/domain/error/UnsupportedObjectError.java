package org.jnova.domain.error;

import java.util.Map;

/** A primitive names an object class (or namespace) that is not registered. */
public class UnsupportedObjectError extends NovaException {
    public UnsupportedObjectError(String objtype) {
        super("Unsupported object type " + objtype, 500, Map.of("objtype", objtype));
    }
}
