package org.jnova.compute.ops;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Nova's {@code utils.synchronized(instance.uuid)}: one in-process lock per instance, reentrant (a
 * recovery step may call an operation that locks again), dropped when nobody holds or waits for it.
 */
public final class InstanceLocks {
    private final Map<String, Entry> locks = new HashMap<>();

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    /** Runs {@code body} holding the instance's lock. */
    public <T> T withLock(String instanceUuid, Supplier<T> body) {
        Entry e = acquire(instanceUuid);
        e.lock.lock();
        try {
            return body.get();
        } finally {
            e.lock.unlock();
            release(instanceUuid, e);
        }
    }

    public void withLock(String instanceUuid, Runnable body) {
        withLock(instanceUuid, () -> {
            body.run();
            return null;
        });
    }

    /** Runs {@code body} only if nobody holds the lock now; returns false when it was busy. */
    public boolean tryWithLock(String instanceUuid, Runnable body) {
        Entry e = acquire(instanceUuid);
        if (!e.lock.tryLock()) {
            release(instanceUuid, e);
            return false;
        }
        try {
            body.run();
            return true;
        } finally {
            e.lock.unlock();
            release(instanceUuid, e);
        }
    }

    private synchronized Entry acquire(String uuid) {
        Entry e = locks.computeIfAbsent(uuid, k -> new Entry());
        e.users++;
        return e;
    }

    private synchronized void release(String uuid, Entry e) {
        if (--e.users == 0) {
            locks.remove(uuid, e);
        }
    }
}
