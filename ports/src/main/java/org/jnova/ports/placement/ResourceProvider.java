package org.jnova.ports.placement;

/** A resource provider: a compute node, by its uuid and hypervisor hostname; the generation counts its changes. */
public record ResourceProvider(String uuid, String name, long generation) {
}
