package org.jnova.domain.wire;

import java.util.ArrayDeque;

/**
 * oslo's {@code _MsgIdCache}: the last 16 {@code _unique_id} values an RPC listener saw, so that a
 * redelivered request is dropped. Thread-safe.
 */
public final class UniqueIdCache {
    public static final int SIZE = 16;

    private final ArrayDeque<String> recent = new ArrayDeque<>(SIZE);

    /**
     * True if the id was seen among the last 16 (a duplicate to drop); otherwise remembers it. Messages
     * without an id are never duplicates.
     */
    public synchronized boolean seenBefore(String uniqueId) {
        if (uniqueId == null) {
            return false;
        }
        if (recent.contains(uniqueId)) {
            return true;
        }
        if (recent.size() == SIZE) {
            recent.removeFirst();
        }
        recent.addLast(uniqueId);
        return false;
    }
}
