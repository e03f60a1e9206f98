package org.jnova.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The plugin ZIPs the adapters' package phase drops into {@code <root>/plugins}: a complete descriptor,
 * an extension index naming classes that are inside, and no copy of the host's domain/ports API
 * (PF4J would then see a second port interface and find no extension).
 */
class PluginPackagingTest {

    private static List<Path> pluginZips() throws IOException {
        Path root = Path.of(System.getProperty("jnova.root", ".."));
        Path plugins = root.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(plugins)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPluginZipIsWellFormed() throws IOException {
        List<Path> zips = pluginZips();
        Assumptions.assumeFalse(zips.isEmpty(), "skipped: no plugin zips under " + Path.of(
                System.getProperty("jnova.root", "..")).resolve("plugins").toAbsolutePath()
                + " (they are built by the adapters' package phase: run mvn package or mvn verify from the root)");
        return zips.stream().map(zip -> DynamicTest.dynamicTest(zip.getFileName().toString(), () -> check(zip)));
    }

    private static void check(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry descriptor = file.getEntry("plugin.properties");
            assertThat(descriptor).as(zip + " has plugin.properties at its root").isNotNull();
            Properties props = new Properties();
            try (InputStream in = file.getInputStream(descriptor)) {
                props.load(in);
            }
            for (String key : List.of("plugin.id", "plugin.class", "plugin.version")) {
                assertThat(props.getProperty(key)).as(zip + " plugin.properties " + key).isNotBlank();
            }
            assertThat(props.getProperty("plugin.id")).as("zip named after its plugin id")
                    .isEqualTo(zip.getFileName().toString().replaceFirst("\\.zip$", ""));
            List<String> names = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).as(zip + " must not carry the host's API classes")
                    .noneMatch(n -> n.startsWith("classes/org/jnova/domain/") || n.startsWith("classes/org/jnova/ports/"))
                    .noneMatch(n -> n.matches("lib/(domain|ports|messaging|app-common|pf4j|slf4j-api)-[0-9].*\\.jar"));
            String pluginClass = "classes/" + props.getProperty("plugin.class").replace('.', '/') + ".class";
            assertThat(names).as(zip + " contains its plugin.class").contains(pluginClass);
            ZipEntry idx = file.getEntry("classes/META-INF/extensions.idx");
            assertThat(idx).as(zip + " has classes/META-INF/extensions.idx").isNotNull();
            List<String> extensions;
            try (InputStream in = file.getInputStream(idx)) {
                extensions = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
            assertThat(extensions).as(zip + " lists at least one factory extension").isNotEmpty();
            for (String ext : extensions) {
                assertThat(ext).as("extension class name").endsWith("Factory");
                assertThat(names).as(zip + " contains extension " + ext)
                        .contains("classes/" + ext.replace('.', '/') + ".class");
            }
        }
    }
}
