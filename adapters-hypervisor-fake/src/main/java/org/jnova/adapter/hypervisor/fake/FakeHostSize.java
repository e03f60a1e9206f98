package org.jnova.adapter.hypervisor.fake;

import java.util.Locale;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;

/** The host's total resources: the variant's class figures of Nova's fake.py, overridable by config. */
record FakeHostSize(int vcpus, int memoryMb, int localGb) {
    static final FakeHostSize DEFAULT = new FakeHostSize(1000, 800000, 600000);
    static final FakeHostSize SMALL = new FakeHostSize(2, 8192, 1028);
    static final FakeHostSize MEDIUM = new FakeHostSize(10, 8192, 1028);

    /** The figures for a {@code compute_driver} value, with any {@code [fake_driver]} size options applied. */
    static FakeHostSize forDriver(String selectedName, ConfigView config) {
        FakeHostSize base = switch (selectedName.toLowerCase(Locale.ROOT)) {
            case "fake.smallfakedriver" -> SMALL;
            case "fake.mediumfakedriver" -> MEDIUM;
            default -> DEFAULT;
        };
        return new FakeHostSize(
                orDefault(config, FakeDriverOptions.VCPUS, base.vcpus),
                orDefault(config, FakeDriverOptions.MEMORY_MB, base.memoryMb),
                orDefault(config, FakeDriverOptions.LOCAL_GB, base.localGb));
    }

    private static int orDefault(ConfigView config, ConfigOption option, int fallback) {
        Object v = config.value(option);
        return v instanceof Number n ? n.intValue() : fallback;
    }
}
