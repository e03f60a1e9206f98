package org.jnova.conductor.db;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jnova.domain.objects.NovaObject;

/**
 * The rows this conductor wrote last, by key, so the next save of the same row (a build saves its
 * instance six times in a row) starts from them instead of reading and parsing the row again. They
 * are only a guess: the UPDATE's {@code row_version} compare-and-swap still decides, and a save that
 * misses (another writer, another conductor) falls back to reading the row. Entries are never handed
 * out: callers get shallow copies, so changing a returned object's fields leaves the entry intact.
 */
final class RecentRows<T extends NovaObject> {
    private final Supplier<T> factory;
    private final Map<String, ObjectTable.Row<T>> rows;

    RecentRows(Supplier<T> factory, int capacity) {
        this.factory = factory;
        this.rows = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ObjectTable.Row<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A copy of the remembered row, or null. */
    ObjectTable.Row<T> get(String key) {
        ObjectTable.Row<T> row;
        synchronized (this) {
            row = rows.get(key);
        }
        return row == null ? null : new ObjectTable.Row<>(row.id(), row.rowVersion(), copy(row.object()));
    }

    /** Remembers a copy of {@code object} as row {@code id} at {@code rowVersion}. */
    void put(String key, long id, long rowVersion, T object) {
        ObjectTable.Row<T> row = new ObjectTable.Row<>(id, rowVersion, copy(object));
        synchronized (this) {
            rows.put(key, row);
        }
    }

    synchronized void forget(String key) {
        rows.remove(key);
    }

    /** Field values are shared: saves replace fields whole, they never change a nested value in place. */
    private T copy(T source) {
        T out = factory.get();
        for (String f : source.setFields()) {
            out.load(f, source.get(f));
        }
        return out;
    }
}
