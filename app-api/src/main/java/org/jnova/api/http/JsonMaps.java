package org.jnova.api.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered JSON objects: responses keep a stable key order (Map.of would not). */
final class JsonMaps {
    private JsonMaps() {
    }

    /** {@code of("a", 1, "b", 2)} -> {"a": 1, "b": 2}, in that order. */
    static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("JsonMaps.of needs key/value pairs, got " + keysAndValues.length + " items");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
