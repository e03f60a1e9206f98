package org.jnova.ports.placement;

/** No resource provider has the uuid. */
public final class ResourceProviderNotFound extends PlacementException {
    public ResourceProviderNotFound(String uuid) {
        super("No resource provider with uuid " + uuid + " found");
    }
}
