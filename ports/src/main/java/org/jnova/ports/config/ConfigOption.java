package org.jnova.ports.config;

import java.util.List;

/**
 * A registered, typed configuration option ({@code oslo_config.cfg.Opt}): group, name, type, default
 * (as the typed Java value: String, Integer, Double, Boolean, List&lt;String&gt;), help text, and for
 * choices and integers their allowed values or range. Plugins declare theirs through their factories.
 */
public record ConfigOption(String group, String name, OptionType type, Object defaultValue, String help,
                           List<String> choices, Integer min, Integer max, boolean secret) {

    public static final String DEFAULT_GROUP = "DEFAULT";

    public ConfigOption {
        group = group == null ? DEFAULT_GROUP : group;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static ConfigOption string(String group, String name, String def, String help) {
        return new ConfigOption(group, name, OptionType.STRING, def, help, null, null, null, false);
    }

    public static ConfigOption integer(String group, String name, Integer def, Integer min, Integer max, String help) {
        return new ConfigOption(group, name, OptionType.INTEGER, def, help, null, min, max, false);
    }

    public static ConfigOption floating(String group, String name, Double def, String help) {
        return new ConfigOption(group, name, OptionType.FLOAT, def, help, null, null, null, false);
    }

    public static ConfigOption bool(String group, String name, Boolean def, String help) {
        return new ConfigOption(group, name, OptionType.BOOLEAN, def, help, null, null, null, false);
    }

    public static ConfigOption list(String group, String name, List<String> def, String help) {
        return new ConfigOption(group, name, OptionType.LIST, def, help, null, null, null, false);
    }

    public static ConfigOption url(String group, String name, String def, String help) {
        return new ConfigOption(group, name, OptionType.URL, def, help, null, null, null, false);
    }

    public static ConfigOption choice(String group, String name, String def, List<String> choices, String help) {
        return new ConfigOption(group, name, OptionType.CHOICE, def, help, choices, null, null, false);
    }

    /** The same option with its value hidden in logs and samples (passwords). */
    public ConfigOption asSecret() {
        return new ConfigOption(group, name, type, defaultValue, help, choices, min, max, true);
    }

    /** "group.name", or just "name" in DEFAULT; how errors name the option. */
    public String qualifiedName() {
        return DEFAULT_GROUP.equals(group) ? name : group + "." + name;
    }
}
