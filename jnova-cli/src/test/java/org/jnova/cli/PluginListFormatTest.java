package org.jnova.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jnova.common.plugin.PluginInfo;
import org.junit.jupiter.api.Test;

class PluginListFormatTest {
    private final List<PluginInfo> plugins = List.of(
            new PluginInfo("jnova-transport-rabbit", "0.1.0", "STARTED", Path.of("/p/jnova-transport-rabbit"),
                    List.of("transport: rabbit, kombu")),
            new PluginInfo("x\"y", "1", "FAILED", null, List.of()));

    @Test
    void jsonEscapesAndKeepsEveryField() {
        assertThat(PluginListFormat.json(plugins)).isEqualTo("""
                [
                  {"id": "jnova-transport-rabbit", "version": "0.1.0", "state": "STARTED", "path": "/p/jnova-transport-rabbit", "provides": ["transport: rabbit, kombu"]},
                  {"id": "x\\"y", "version": "1", "state": "FAILED", "path": null, "provides": []}
                ]
                """);
    }

    @Test
    void tableAlignsColumns() {
        List<String> lines = PluginListFormat.table(plugins).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).indexOf("VERSION")).isEqualTo(lines.get(1).indexOf("0.1.0"));
        assertThat(lines.get(1)).endsWith("transport: rabbit, kombu  /p/jnova-transport-rabbit");
        assertThat(lines.get(2)).endsWith("-");
    }
}
