package org.jnova.common.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.config.OptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oslo.config's {@code CONF}: registered typed options, values read from INI files, test/CLI overrides.
 * A value is resolved as: override, else the last file value (all of them for MULTI_STRING), else the
 * default; {@code $opt}/{@code ${group.opt}} references are substituted before typing. Every registered
 * option present in a file is validated at {@link #load} (and at {@link #register} for options
 * registered later, e.g. by plugins). Thread-safe for readers once loaded.
 */
public final class ConfigOpts implements ConfigView {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigOpts.class);

    /** Nova's default lookup when neither files nor a directory are given (first existing wins). */
    public static final List<Path> DEFAULT_SEARCH_PATH = List.of(Path.of("nova.conf"), Path.of("/etc/nova/nova.conf"));

    private final Map<String, ConfigOption> options = new LinkedHashMap<>();
    private final Map<String, List<IniEntry>> fileValues = new LinkedHashMap<>();
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private final List<Path> loadedFiles = new ArrayList<>();
    /** Resolved values; cleared by every change, so hot-path reads skip parsing and locking. */
    private final Map<ConfigOption, Object> resolved = new ConcurrentHashMap<>();
    private static final Object NULL = new Object();
    private List<Path> searchPath = DEFAULT_SEARCH_PATH;

    /** Registers options; the same group.name again is fine only with an identical definition. */
    public synchronized ConfigOpts register(ConfigOption... opts) {
        return register(List.of(opts));
    }

    public synchronized ConfigOpts register(Collection<ConfigOption> opts) {
        for (ConfigOption opt : opts) {
            String key = key(opt.group(), opt.name());
            ConfigOption existing = options.get(key);
            if (existing != null) {
                if (!existing.equals(opt)) {
                    throw new ConfigException("duplicate option [" + opt.group() + "] " + opt.name()
                            + " registered with a different definition (" + existing + " vs " + opt + ")");
                }
                continue;
            }
            options.put(key, opt);
            validate(opt);
            resolved.clear();
        }
        return this;
    }

    /** Replaces Nova's default lookup ({@code ./nova.conf}, {@code /etc/nova/nova.conf}); for tests and embedding. */
    public synchronized ConfigOpts searchPath(List<Path> paths) {
        this.searchPath = List.copyOf(paths);
        return this;
    }

    /**
     * Reads config files: the given files in order, then {@code *.conf} of {@code configDir} sorted by
     * name; later values win. With no files and no directory, the first existing file of the search
     * path is read (none is fine). A named file or directory that does not exist is an error.
     */
    public synchronized ConfigOpts load(List<Path> configFiles, Path configDir) {
        List<Path> files = new ArrayList<>();
        List<Path> given = configFiles == null ? List.of() : configFiles;
        for (Path f : given) {
            if (!Files.isRegularFile(f)) {
                throw new ConfigException("config file " + f + " not found");
            }
            files.add(f);
        }
        if (configDir != null) {
            files.addAll(confFilesIn(configDir));
        }
        if (given.isEmpty() && configDir == null) {
            searchPath.stream().filter(Files::isRegularFile).findFirst().ifPresent(files::add);
        }
        Map<String, List<IniEntry>> read = new LinkedHashMap<>();
        for (Path f : files) {
            for (IniEntry e : IniParser.parse(f)) {
                read.computeIfAbsent(key(e.group(), e.name()), k -> new ArrayList<>()).add(e);
            }
        }
        fileValues.clear();
        fileValues.putAll(read);
        loadedFiles.clear();
        loadedFiles.addAll(files);
        LOG.debug("config files read: {}", files);
        for (Map.Entry<String, List<IniEntry>> e : fileValues.entrySet()) {
            if (!options.containsKey(e.getKey())) {
                IniEntry first = e.getValue().get(0);
                LOG.debug("{}: [{}] {} is not a registered option; ignored", first.location(), first.group(), first.name());
            }
        }
        options.values().forEach(this::validate);
        resolved.clear();
        return this;
    }

    private static List<Path> confFilesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("config dir " + dir + " not found");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".conf") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ConfigException("cannot list config dir " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The files read by the last {@link #load}, in precedence order (last wins). */
    public synchronized List<Path> loadedFiles() {
        return List.copyOf(loadedFiles);
    }

    /**
     * Overrides an option (CLI flags, tests); a String is parsed and validated like file text, any
     * other value must already be of the option's Java type. A null value removes the override.
     */
    public synchronized ConfigOpts set(String group, String name, Object value) {
        ConfigOption opt = require(group, name);
        String key = key(opt.group(), opt.name());
        resolved.clear();
        if (value == null) {
            overrides.remove(key);
            return this;
        }
        if (value instanceof String s && opt.type() != OptionType.STRING) {
            try {
                value = opt.type() == OptionType.MULTI_STRING ? List.of(s) : OptionValues.parse(opt, s);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("[" + opt.group() + "] " + opt.name() + " = '" + s + "': " + e.getMessage());
            }
        }
        overrides.put(key, value);
        return this;
    }

    /** All registered options in registration order. */
    public synchronized List<ConfigOption> options() {
        return List.copyOf(options.values());
    }

    public synchronized Optional<ConfigOption> option(String group, String name) {
        return Optional.ofNullable(options.get(key(group, name)));
    }

    /** Whether the option was given in a file or overridden (as opposed to its default). */
    public synchronized boolean isSet(ConfigOption option) {
        String key = key(option.group(), option.name());
        return overrides.containsKey(key) || fileValues.containsKey(key);
    }

    @Override
    public Object value(ConfigOption option) {
        Object cached = resolved.get(option);
        if (cached != null) {
            return cached == NULL ? null : cached;
        }
        synchronized (this) {
            Object v = resolve(require(option.group(), option.name()));
            resolved.put(option, v == null ? NULL : v);
            return v;
        }
    }

    /** The typed value of a registered option by group and name. */
    public synchronized Object value(String group, String name) {
        return resolve(require(group, name));
    }

    private ConfigOption require(String group, String name) {
        ConfigOption opt = options.get(key(group, name));
        if (opt == null) {
            throw new IllegalArgumentException("option [" + (group == null ? ConfigOption.DEFAULT_GROUP : group)
                    + "] " + name + " is not registered");
        }
        return opt;
    }

    private Object resolve(ConfigOption opt) {
        String key = key(opt.group(), opt.name());
        if (overrides.containsKey(key)) {
            return overrides.get(key);
        }
        List<IniEntry> entries = fileValues.get(key);
        if (entries != null && !entries.isEmpty()) {
            if (opt.type() == OptionType.MULTI_STRING) {
                List<String> all = new ArrayList<>();
                for (IniEntry e : entries) {
                    all.add((String) typed(opt, e));
                }
                return List.copyOf(all);
            }
            return typed(opt, entries.get(entries.size() - 1));
        }
        Object def = opt.defaultValue();
        if (def instanceof String s && s.indexOf('$') >= 0) {
            return OptionValues.parse(opt, interpolate(opt, s, 0));
        }
        return def;
    }

    private Object typed(ConfigOption opt, IniEntry e) {
        try {
            String text = interpolate(opt, e.value(), 0);
            Object v = OptionValues.parse(opt, text);
            return opt.type() == OptionType.MULTI_STRING ? text : v;
        } catch (IllegalArgumentException ex) {
            throw new ConfigException(e.location() + ": [" + e.group() + "] " + e.name() + " = '"
                    + (opt.secret() ? "****" : e.value()) + "': " + ex.getMessage());
        }
    }

    private void validate(ConfigOption opt) {
        List<IniEntry> entries = fileValues.get(key(opt.group(), opt.name()));
        if (entries != null) {
            entries.forEach(e -> typed(opt, e));
        }
    }

    /** Substitutes {@code $name}, {@code ${name}}, {@code ${group.name}}; {@code $$} is a literal dollar. */
    private String interpolate(ConfigOption context, String text, int depth) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        if (depth > 10) {
            throw new IllegalArgumentException("substitution too deep (a reference cycle?)");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String ref;
            int end;
            if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ${ in value");
                }
                ref = text.substring(i + 2, end);
                end++;
            } else {
                end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                ref = text.substring(i + 1, end);
            }
            if (ref.isEmpty()) {
                throw new IllegalArgumentException("'$' must be followed by an option name (write $$ for a literal $)");
            }
            out.append(referenced(context, ref, depth));
            i = end;
        }
        return out.toString();
    }

    private String referenced(ConfigOption context, String ref, int depth) {
        ConfigOption target;
        int dot = ref.indexOf('.');
        if (dot > 0) {
            target = options.get(key(ref.substring(0, dot), ref.substring(dot + 1)));
        } else {
            target = options.get(key(context.group(), ref));
            if (target == null) {
                target = options.get(key(ConfigOption.DEFAULT_GROUP, ref));
            }
        }
        if (target == null) {
            throw new IllegalArgumentException("cannot substitute $" + ref + ": no such option");
        }
        String key = key(target.group(), target.name());
        String raw;
        if (overrides.containsKey(key)) {
            raw = String.valueOf(overrides.get(key));
        } else if (fileValues.containsKey(key)) {
            List<IniEntry> entries = fileValues.get(key);
            raw = entries.get(entries.size() - 1).value();
        } else {
            Object def = target.defaultValue();
            raw = def == null ? "" : def instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                    : def.toString();
        }
        return interpolate(target, raw, depth + 1);
    }

    private static String key(String group, String name) {
        return (group == null ? ConfigOption.DEFAULT_GROUP : group) + "\u0000" + name;
    }
}
