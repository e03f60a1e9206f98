package org.jnova.conductor.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.PyJson;

/** The golden samples (nova-wire-samples.json, made by the real Python serializers) as test input. */
final class Golden {
    private static final Map<String, Object> SAMPLES = load();

    private Golden() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> sample(String key) {
        Object v = SAMPLES.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no golden sample " + key);
        }
        return (Map<String, Object>) PyJson.loads(PyJson.dumps(v));
    }

    /** The inner oslo message of a wire_* sample (an AMQP body or an already decoded message). */
    static Map<String, Object> message(String key) {
        Map<String, Object> s = sample(key);
        if (s.containsKey(OsloEnvelope.MESSAGE_KEY)) {
            return OsloEnvelope.deserialize(PyJson.dumps(Map.of(OsloEnvelope.VERSION_KEY, "2.0",
                    OsloEnvelope.MESSAGE_KEY, s.get(OsloEnvelope.MESSAGE_KEY))));
        }
        return s;
    }

    /** The {@code _context_*} keys of a message, unprefixed. */
    static Map<String, Object> context(Map<String, Object> message) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        message.forEach((k, v) -> {
            if (k.startsWith("_context_")) {
                ctx.put(k.substring("_context_".length()), v);
            }
        });
        return ctx;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = Golden.class.getResourceAsStream("/nova-wire-samples.json")) {
            if (in == null) {
                throw new IllegalStateException("nova-wire-samples.json is missing from the test resources");
            }
            return (Map<String, Object>) PyJson.loads(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
