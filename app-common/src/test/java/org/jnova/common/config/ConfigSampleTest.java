package org.jnova.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSampleTest {
    @Test
    void sampleListsEveryOptionUnderItsGroupWithTypeAndDefault() {
        ConfigOpts c = NovaOptions.newConfig();
        String sample = ConfigSample.render(c);
        for (ConfigOption o : c.options()) {
            assertThat(sample).as(o.qualifiedName()).contains("#" + o.name() + " = ");
            int group = sample.indexOf("[" + o.group() + "]");
            assertThat(group).as("group of " + o.qualifiedName()).isGreaterThanOrEqualTo(0);
        }
        assertThat(sample).startsWith("[DEFAULT]\n");
        assertThat(sample).contains("# (integer value)\n#report_interval = 10\n");
        assertThat(sample).contains("# Possible values:\n# db\n#\n# (string value)\n#servicegroup_driver = db\n");
        assertThat(sample).contains("# Minimum value: 1\n#shutdown_retry_interval = 10\n");
        assertThat(sample).contains("#connection = <None>");
        // help is wrapped at 70 columns; only a single unbreakable word may run longer
        assertThat(sample.lines().filter(l -> l.startsWith("# ") && l.substring(2).contains(" "))
                .mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(72);
    }

    @Test
    void theSampleIsItselfAValidConfigFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sample.conf");
        Files.writeString(f, ConfigSample.render(NovaOptions.newConfig()));
        ConfigOpts c = NovaOptions.newConfig().load(List.of(f), null);
        assertThat(c.integer(NovaOptions.REPORT_INTERVAL)).isEqualTo(10);
    }
}
