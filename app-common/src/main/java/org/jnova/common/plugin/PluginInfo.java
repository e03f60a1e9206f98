package org.jnova.common.plugin;

import java.nio.file.Path;
import java.util.List;

/**
 * One installed plugin as {@code jnova plugin list} shows it.
 *
 * @param provides e.g. {@code transport: rabbit, kombu} or {@code compute_driver: fake.FakeDriver, fake.SmallFakeDriver}
 */
public record PluginInfo(String id, String version, String state, Path path, List<String> provides) {
    public PluginInfo {
        provides = List.copyOf(provides);
    }
}
