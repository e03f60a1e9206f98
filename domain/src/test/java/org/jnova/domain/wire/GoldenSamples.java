package org.jnova.domain.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The golden messages produced by the real Python serializers (nova-wire-samples.json). */
public final class GoldenSamples {
    private static Map<String, Object> samples;

    private GoldenSamples() {
    }

    @SuppressWarnings("unchecked")
    public static synchronized Map<String, Object> all() {
        if (samples == null) {
            try (InputStream in = GoldenSamples.class.getResourceAsStream("/nova-wire-samples.json")) {
                samples = (Map<String, Object>) PyJson.loads(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return samples;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(String key) {
        return (Map<String, Object>) all().get(key);
    }
}
