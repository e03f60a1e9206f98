package org.jnova.conductor.endpoint;

import java.util.List;
import java.util.Map;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.conductor.scheduler.HostSelection;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceFault;
import org.jnova.domain.objects.Selection;
import org.jnova.domain.wire.PyJson;
import org.jnova.ports.persistence.InstanceFaultRepository;
import org.jnova.ports.persistence.InstanceRepository;
import org.jnova.ports.persistence.StateExpectation;

/**
 * Writes a scheduling outcome into the cell database: the instance row with its host and node (created
 * if the API has not stored it yet), or the instance in ERROR with a fault when it could not be placed.
 */
final class InstancePlacement {
    /** The cell this conductor serves, as named in Selection objects. */
    static final String CELL_UUID = "8c6e6e4c-6a3a-4c8e-9a53-6a0f1a7c0c11";
    static final String DEFAULT_ZONE = "nova";
    /** The microversion of Nova's allocation candidates, which its Selection objects carry. */
    static final String ALLOCATION_REQUEST_VERSION = "1.36";

    private final InstanceRepository instances;
    private final InstanceFaultRepository faults;
    private final String conductorHost;

    InstancePlacement(InstanceRepository instances, InstanceFaultRepository faults, String conductorHost) {
        this.instances = instances;
        this.faults = faults;
        this.conductorHost = conductorHost;
    }

    /**
     * Stores the instance on its node; returns the stored instance. {@code InstanceNotFound} if the
     * API stored it and it has been deleted since.
     */
    Instance place(Instance requested, Flavor flavor, HostSelection node) {
        Instance row = existingOrNew(requested, flavor);
        row.set("host", node.host());
        row.set("node", node.nodename());
        if (!row.isSet("availability_zone") || row.get("availability_zone") == null) {
            row.set("availability_zone", DEFAULT_ZONE);
        }
        return store(row);
    }

    /**
     * The instance in ERROR, no task, on no node (its claim is released by the caller), with a fault for
     * {@code error} (Nova's bury / cleanup path).
     */
    Instance fail(Instance requested, Flavor flavor, NovaException error) {
        Instance row = existingOrNew(requested, flavor);
        row.set("vm_state", "error");
        row.set("task_state", null);
        row.set("host", null);
        row.set("node", null);
        Instance stored = store(row);
        InstanceFault fault = new InstanceFault();
        fault.set("instance_uuid", stored.getUuid());
        fault.set("code", (long) error.code());
        fault.set("message", error.getMessage());
        fault.set("details", error.novaModule() + "." + error.novaClass() + ": " + error.getMessage());
        fault.set("host", conductorHost);
        faults.create(fault);
        return stored;
    }

    /**
     * A Selection object for a node, as the scheduler's {@code select_destinations} returns them: with the
     * allocation request (a JSON string) a reschedule claims there, and its Placement microversion.
     */
    static Selection selection(HostSelection node, ResourceRequest size) {
        Selection s = new Selection();
        String uuid = node.nodeUuid() == null ? "" : node.nodeUuid();
        s.set("compute_node_uuid", uuid);
        s.set("service_host", node.host());
        s.set("nodename", node.nodename());
        s.set("cell_uuid", CELL_UUID);
        s.set("limits", null);
        s.set("allocation_request", PyJson.dumps(Map.of("allocations", Map.of(uuid,
                Map.of("resources", size.resources())))));
        s.set("allocation_request_version", ALLOCATION_REQUEST_VERSION);
        s.set("availability_zone", DEFAULT_ZONE);
        return s;
    }

    static List<Selection> selections(List<HostSelection> nodes, ResourceRequest size) {
        return nodes.stream().map(n -> selection(n, size)).toList();
    }

    private Instance existingOrNew(Instance requested, Flavor flavor) {
        Instance row;
        try {
            row = instances.getByUuid(requested.getUuid());
        } catch (InstanceNotFound e) {
            if (requested.isSet("id")) {
                // the API had stored it: it was deleted while being scheduled, do not bring it back
                throw e;
            }
            row = (Instance) requested.copy();
            row.unset("id");
        }
        if (flavor != null && (!row.isSet("flavor") || row.get("flavor") == null)) {
            row.set("flavor", flavor);
        }
        Flavor f = row.getFlavor();
        if (f != null) {
            setIfMissing(row, "memory_mb", (long) f.getMemoryMb());
            setIfMissing(row, "vcpus", (long) f.getVcpus());
            setIfMissing(row, "root_gb", (long) f.getRootGb());
            setIfMissing(row, "ephemeral_gb", (long) f.getEphemeralGb());
            setIfMissing(row, "instance_type_id", f.getId());
        }
        return row;
    }

    private Instance store(Instance row) {
        return row.isSet("id") ? instances.save(row, StateExpectation.NONE) : instances.create(row);
    }

    private static void setIfMissing(Instance row, String field, Object value) {
        if ((!row.isSet(field) || row.get(field) == null) && value != null) {
            row.set(field, value);
        }
    }
}
