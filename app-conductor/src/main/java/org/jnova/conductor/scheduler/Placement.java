package org.jnova.conductor.scheduler;

import java.util.List;

/** Where one instance goes, and the alternates a reschedule may try. */
public record Placement(String instanceUuid, HostSelection chosen, List<HostSelection> alternates) {
    public Placement {
        alternates = List.copyOf(alternates);
    }
}
