package org.jnova.rpcapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jnova.domain.wire.PyJson;

/** The golden messages produced by the real Python serializers (nova-wire-samples.json). */
final class GoldenSamples {
    private static final Map<String, Object> SAMPLES = load();

    private GoldenSamples() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = GoldenSamples.class.getResourceAsStream("/nova-wire-samples.json")) {
            if (in == null) {
                throw new IllegalStateException("nova-wire-samples.json is missing from the test resources");
            }
            return (Map<String, Object>) PyJson.loads(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String key) {
        return (Map<String, Object>) SAMPLES.get(key);
    }

    /** The oslo.message string of an enveloped wire_* sample. */
    static String innerText(String key) {
        return (String) map(key).get("oslo.message");
    }

    /** The inner message of a wire_* sample (some samples are stored without the envelope). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> inner(String key) {
        Map<String, Object> m = map(key);
        return m.containsKey("oslo.message") ? (Map<String, Object>) PyJson.loads(innerText(key)) : m;
    }

    /**
     * A copy with every {@code nova_object.changes} list sorted: Python sends a set there (its order is
     * the set's iteration order), so only the members are part of the contract.
     */
    @SuppressWarnings("unchecked")
    static Object sortedChanges(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, "nova_object.changes".equals(k)
                    ? new java.util.ArrayList<>(new java.util.TreeSet<>((java.util.List<String>) v))
                    : sortedChanges(v)));
            return out;
        }
        if (value instanceof java.util.List<?> l) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            l.forEach(v -> out.add(sortedChanges(v)));
            return out;
        }
        return value;
    }
}
