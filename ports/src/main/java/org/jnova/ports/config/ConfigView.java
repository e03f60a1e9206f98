package org.jnova.ports.config;

import java.util.List;

/**
 * Read access to parsed, typed configuration. Values are returned as the option's Java type;
 * an option that is not registered is a programming error and throws IllegalArgumentException.
 */
public interface ConfigView {
    /** The typed value of an option: from the config files, else its default (may be null). */
    Object value(ConfigOption option);

    default String string(ConfigOption option) {
        Object v = value(option);
        return v == null ? null : v.toString();
    }

    default int integer(ConfigOption option) {
        return ((Number) value(option)).intValue();
    }

    default double floating(ConfigOption option) {
        return ((Number) value(option)).doubleValue();
    }

    default boolean bool(ConfigOption option) {
        return Boolean.TRUE.equals(value(option));
    }

    @SuppressWarnings("unchecked")
    default List<String> list(ConfigOption option) {
        Object v = value(option);
        return v == null ? List.of() : (List<String>) v;
    }
}
