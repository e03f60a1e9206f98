package org.jnova.adapter.hypervisor.fake;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The guest operations that fault injection can target, by the names operators write in config. */
enum FakeOperation {
    SPAWN, POWER_OFF, POWER_ON, REBOOT, PAUSE, UNPAUSE, SUSPEND, RESUME, DESTROY;

    /** The config / metadata spelling, e.g. {@code power_off}. */
    String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses one configured name; an unknown name is an error listing the valid ones. */
    static FakeOperation parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (FakeOperation op : values()) {
            if (op.configName().equals(wanted)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown fake driver operation '" + name + "'; valid: "
                + Arrays.stream(values()).map(FakeOperation::configName).collect(Collectors.joining(", ")));
    }
}
