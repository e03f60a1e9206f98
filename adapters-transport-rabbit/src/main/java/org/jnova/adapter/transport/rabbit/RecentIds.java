package org.jnova.adapter.transport.rabbit;

import java.util.ArrayDeque;

/** oslo's {@code _MsgIdCache}: the last 16 {@code _unique_id}s of one listener, for dropping duplicates. */
final class RecentIds {
    private static final int SIZE = 16;
    private final ArrayDeque<String> ids = new ArrayDeque<>(SIZE);

    /** True if the id was seen among the last 16; otherwise remembers it. A null id is never a duplicate. */
    synchronized boolean seenBefore(String id) {
        if (id == null) {
            return false;
        }
        if (ids.contains(id)) {
            return true;
        }
        if (ids.size() == SIZE) {
            ids.removeFirst();
        }
        ids.addLast(id);
        return false;
    }
}
