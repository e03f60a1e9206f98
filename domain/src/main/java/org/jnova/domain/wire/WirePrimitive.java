package org.jnova.domain.wire;

/**
 * A value that knows its JSON-able primitive form (a versioned object's {@code obj_to_primitive()}).
 * {@link PyJson} and {@link PyRepr} write the primitive in its place, so this package needs no
 * dependency on the object model.
 */
public interface WirePrimitive {
    /** The primitive: maps, lists, strings, numbers, booleans and nulls only. */
    Object toWirePrimitive();
}
