package org.jnova.api.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The operator's rule overrides, {@code "name": "check string"} in YAML (JSON is YAML too), read again
 * whenever the file's modification time changes, as oslo.policy's cached read does.
 */
final class PolicyFile {
    private final Path path;
    private FileTime readAt;

    PolicyFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** Whether the file exists and changed since the last {@link #read}. */
    boolean changed() {
        try {
            return !Files.getLastModifiedTime(path).equals(readAt);
        } catch (IOException e) {
            return readAt != null;
        }
    }

    /** The rules of the file (empty when it does not exist); a malformed file is an IllegalArgumentException. */
    Map<String, String> read() {
        Map<String, String> rules = new LinkedHashMap<>();
        if (!Files.isRegularFile(path)) {
            readAt = null;
            return rules;
        }
        try {
            FileTime mtime = Files.getLastModifiedTime(path);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            Object doc = new Load(LoadSettings.builder().build()).loadFromString(text);
            readAt = mtime;
            if (doc == null) {
                return rules;
            }
            if (!(doc instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("policy file " + path + " must be a mapping of rule names to"
                        + " check strings");
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object v = e.getValue();
                if (!(v instanceof String) && v != null) {
                    throw new IllegalArgumentException("policy file " + path + ": rule " + e.getKey()
                            + " must be a check string, got " + v);
                }
                rules.put(String.valueOf(e.getKey()), v == null ? "" : (String) v);
            }
            return rules;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read policy file " + path + ": " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("policy file " + path + " is not valid YAML: " + e.getMessage(), e);
        }
    }
}
