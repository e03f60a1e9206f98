package org.jnova.common.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks every {@code *.zip} in the plugins directory before PF4J expands it, because PF4J only logs a
 * broken archive and goes on without it. A broken archive is an error naming the archive and the reason.
 */
final class PluginArchives {
    private PluginArchives() {
    }

    static void verifyAll(Path pluginsRoot) {
        if (!Files.isDirectory(pluginsRoot)) {
            return;
        }
        List<Path> zips;
        try (Stream<Path> s = Files.list(pluginsRoot)) {
            zips = s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        } catch (IOException e) {
            throw new PluginSelectionException("cannot list plugins dir " + pluginsRoot + ": " + e.getMessage(), e);
        }
        zips.forEach(PluginArchives::verify);
    }

    static void verify(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry("plugin.properties");
            if (entry == null) {
                throw broken(zip, "no plugin.properties at the archive root");
            }
            Properties props = new Properties();
            try (InputStream in = file.getInputStream(entry)) {
                props.load(in);
            }
            for (String key : List.of("plugin.id", "plugin.version")) {
                String v = props.getProperty(key);
                if (v == null || v.isBlank()) {
                    throw broken(zip, "plugin.properties has no " + key);
                }
            }
        } catch (ZipException e) {
            throw broken(zip, "not a valid zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw broken(zip, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static PluginSelectionException broken(Path zip, String reason) {
        return new PluginSelectionException("broken plugin archive " + zip.toAbsolutePath() + ": " + reason);
    }
}
