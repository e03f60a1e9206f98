package org.jnova.ports.persistence;

/** Where a live instance is: its host and node, both null while it is not placed on one. */
public record InstanceHost(String uuid, String host, String node) {
}
