package org.jnova.conductor.endpoint;

/**
 * The object class has no remotable method of that name on this conductor; Python raises
 * {@code AttributeError} in the same place, and the caller sees a RemoteError.
 */
public class NoSuchObjectMethod extends RuntimeException {
    public NoSuchObjectMethod(String objName, String method) {
        super("type object '" + objName + "' has no attribute '" + method + "' served by the jnova conductor");
    }
}
