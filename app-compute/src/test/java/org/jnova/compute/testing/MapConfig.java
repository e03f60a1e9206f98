package org.jnova.compute.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.hypervisor.DriverContext;

/** A driver context whose config is explicit values over option defaults, keyed "group.name". */
public final class MapConfig implements ConfigView, DriverContext {
    private final Map<String, Object> values = new HashMap<>();
    private final String host;

    public MapConfig(String host) {
        this.host = host;
    }

    /** Sets "[group] name" (group DEFAULT is written as just the name). */
    public MapConfig set(String qualifiedName, Object value) {
        values.put(qualifiedName, value);
        return this;
    }

    @Override
    public Object value(ConfigOption option) {
        return values.getOrDefault(option.qualifiedName(), option.defaultValue());
    }

    @Override
    public ConfigView config() {
        return this;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public Path statePath() {
        return Path.of("target");
    }
}
