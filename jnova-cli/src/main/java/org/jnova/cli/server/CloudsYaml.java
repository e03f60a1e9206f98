package org.jnova.cli.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A cloud of {@code clouds.yaml} ({@code clouds: NAME: {auth: {...}, region_name: ...}}), flattened. */
final class CloudsYaml {
    private CloudsYaml() {
    }

    /** The first file that names the cloud; none is a ComputeApiException naming the files looked in. */
    static Map<String, String> find(String cloud, List<Path> files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            Object doc;
            try {
                doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                throw new ComputeApiException(0, "cannot read " + f + ": " + e.getMessage());
            }
            if (doc instanceof Map<?, ?> m && m.get("clouds") instanceof Map<?, ?> clouds
                    && clouds.get(cloud) instanceof Map<?, ?> c) {
                Map<String, String> out = new HashMap<>();
                c.forEach((k, v) -> {
                    if (!(v instanceof Map<?, ?>)) {
                        out.put(String.valueOf(k), String.valueOf(v));
                    }
                });
                if (c.get("auth") instanceof Map<?, ?> auth) {
                    auth.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
                }
                return out;
            }
        }
        throw new ComputeApiException(0, "cloud " + cloud + " was not found in " + files);
    }
}
