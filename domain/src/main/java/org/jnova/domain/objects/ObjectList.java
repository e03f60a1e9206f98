package org.jnova.domain.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Base of Nova's {@code ObjectListBase} classes: one field {@code objects}, a list of objects of one
 * class, with list-like access. Elements are always hydrated objects of that class.
 */
public abstract class ObjectList<T extends NovaObject> extends NovaObject implements Iterable<T> {
    public static final String OBJECTS = "objects";

    private final Class<T> elementType;

    protected ObjectList(ObjectSchema schema, Class<T> elementType) {
        super(schema);
        this.elementType = elementType;
        // like ObjectListBase.__init__: a new list holds an empty, unchanged objects list
        load(OBJECTS, new ArrayList<>());
    }

    /** The schema of a list class holding objects of {@code child}. */
    static ObjectSchema schema(String name, String version, String child) {
        return ObjectSchema.builder(name, version)
                .field(OBJECTS, FieldType.listOf(FieldType.object(child)))
                .build();
    }

    /** The elements (an unset list reads as empty); the returned list is read-only. */
    public List<T> getObjects() {
        List<?> raw = typed(OBJECTS);
        if (raw == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            out.add(elementType.cast(o));
        }
        return Collections.unmodifiableList(out);
    }

    /** Replaces the elements (marks {@code objects} changed). */
    public void setObjects(List<? extends T> objects) {
        set(OBJECTS, new ArrayList<Object>(objects));
    }

    /** Appends one element. */
    public void add(T item) {
        List<Object> next = new ArrayList<>(getObjects());
        next.add(item);
        set(OBJECTS, next);
    }

    public T get(int index) {
        return getObjects().get(index);
    }

    public int size() {
        List<?> raw = typed(OBJECTS);
        return raw == null ? 0 : raw.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public Stream<T> stream() {
        return getObjects().stream();
    }

    @Override
    public Iterator<T> iterator() {
        return getObjects().iterator();
    }
}
