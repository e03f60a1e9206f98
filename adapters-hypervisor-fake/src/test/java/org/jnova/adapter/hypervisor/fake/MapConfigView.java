package org.jnova.adapter.hypervisor.fake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.hypervisor.DriverContext;

/** A config of explicit values over option defaults, and a driver context around it. */
final class MapConfigView implements ConfigView, DriverContext {
    private final Map<String, Object> values = new HashMap<>();
    private final String host;

    MapConfigView(String host) {
        this.host = host;
    }

    MapConfigView set(ConfigOption option, Object value) {
        values.put(option.qualifiedName(), value);
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
