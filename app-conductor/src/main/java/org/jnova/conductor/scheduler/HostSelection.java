package org.jnova.conductor.scheduler;

/** A node chosen (or offered as an alternate) for an instance. */
public record HostSelection(String host, String nodename, String nodeUuid) {
}
