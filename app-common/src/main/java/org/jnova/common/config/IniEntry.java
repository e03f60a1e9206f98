package org.jnova.common.config;

import java.nio.file.Path;

/** One {@code key = value} assignment read from a config file, with where it came from. */
public record IniEntry(Path file, int line, String group, String name, String value) {

    /** {@code file:line}, the prefix of every error about this entry. */
    public String location() {
        return file + ":" + line;
    }
}
