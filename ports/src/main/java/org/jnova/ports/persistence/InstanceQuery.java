package org.jnova.ports.persistence;

import java.util.List;

/**
 * The arguments of {@code InstanceList.get_by_filters}: the filters Nova's callers use plus sorting
 * and paging. A null filter is not applied; {@code deleted} null or false means live rows only.
 *
 * @param sortKey a column: created_at, updated_at, id, uuid, host, node, vm_state, task_state,
 *                project_id, user_id
 * @param sortDir {@code asc} or {@code desc}
 * @param marker  the uuid of the last instance of the previous page
 */
public record InstanceQuery(Boolean deleted, String projectId, String host, List<String> uuids, List<String> vmStates,
                            String sortKey, String sortDir, Integer limit, String marker) {
    public InstanceQuery {
        sortKey = sortKey == null ? "created_at" : sortKey;
        sortDir = sortDir == null ? "desc" : sortDir;
        if (!sortDir.equals("asc") && !sortDir.equals("desc")) {
            throw new IllegalArgumentException("sort_dir must be 'asc' or 'desc', got '" + sortDir + "'");
        }
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
    }

    /** Every live instance, newest first. */
    public static InstanceQuery all() {
        return new InstanceQuery(null, null, null, null, null, null, null, null, null);
    }
}
