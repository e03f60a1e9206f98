package org.jnova.ports.persistence;

import java.util.List;
import org.jnova.domain.objects.Instance;

/**
 * The instances table of a cell database ({@code nova/db/main/api.py instance_*}). Rows are
 * soft-deleted ({@code deleted = id}); reads see live rows only unless a query asks for deleted ones.
 */
public interface InstanceRepository {
    /**
     * {@code Instance.create()}: stores a new instance (uuid generated if unset) and returns it with
     * {@code id}, {@code created_at} and every unset column field filled with its default.
     */
    Instance create(Instance instance);

    /** {@code Instance.get_by_uuid}; {@code InstanceNotFound} if no live row has that uuid. */
    Instance getByUuid(String uuid);

    /** {@code InstanceList.get_by_host}: live instances on a host, oldest first. */
    List<Instance> listByHost(String host);

    /** {@code InstanceList.get_by_filters}. */
    List<Instance> listByFilters(InstanceQuery query);

    /**
     * {@code Instance.save()}: writes the fields in {@code instance.whatChanged()} only, if the stored
     * row satisfies {@code expected} (compare-and-swap). On a mismatch it throws
     * {@code UnexpectedDeletingTaskStateError}, {@code UnexpectedTaskStateError},
     * {@code InstanceUpdateConflict} or {@code UnknownInstanceUpdateConflict}, analysed as Nova does.
     * Returns the row as stored afterwards (with the new {@code updated_at}), or the unchanged input
     * when there was nothing to write.
     */
    Instance save(Instance instance, StateExpectation expected);

    /** Every live instance's uuid, host and node: what the allocation heal compares Placement with. */
    List<InstanceHost> instanceHosts();

    /** {@code Instance.destroy()}: soft delete (or a real DELETE); returns the row as deleted. */
    Instance destroy(String uuid, boolean hardDelete);
}
