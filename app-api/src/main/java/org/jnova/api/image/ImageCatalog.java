package org.jnova.api.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jnova.domain.wire.PyJson;

/**
 * jnova's embedded image catalog: the image records (no image data: jnova's drivers boot nothing from
 * it) the Compute API checks imageRef against and serves as the Image API v2 subset the OpenStack clients
 * use. Kept as one JSON file ({@code $state_path/images.json}, rewritten atomically on each change),
 * seeded with {@link #CIRROS_ID} on first use. Images are active as soon as they are created.
 */
public final class ImageCatalog {
    /** The seeded image's id: fixed, so scripts and tests can name it. */
    public static final String CIRROS_ID = "a0a7e1c4-4c4e-4c1b-8f0e-2f3e4d5c6b7a";
    public static final List<String> DISK_FORMATS = List.of("ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw",
            "qcow2", "vdi", "iso", "ploop");
    public static final List<String> CONTAINER_FORMATS = List.of("ami", "ari", "aki", "bare", "ovf", "ova", "docker",
            "compressed");

    private final Path file;
    private final Map<String, Image> images = new LinkedHashMap<>();

    public ImageCatalog(Path file) {
        this.file = file;
        load();
    }

    /** A catalog that lives in memory only (tests). */
    public static ImageCatalog inMemory() {
        return new ImageCatalog(null);
    }

    public synchronized List<Image> list() {
        return new ArrayList<>(images.values());
    }

    public synchronized Optional<Image> get(String id) {
        return Optional.ofNullable(images.get(id));
    }

    /** Adds an image; an id already in the catalog is an IllegalArgumentException. */
    public synchronized Image create(Image image) {
        if (images.containsKey(image.id())) {
            throw new IllegalArgumentException("An image with identifier " + image.id() + " already exists");
        }
        images.put(image.id(), image);
        save();
        return image;
    }

    public synchronized boolean delete(String id) {
        boolean removed = images.remove(id) != null;
        if (removed) {
            save();
        }
        return removed;
    }

    /** A new image record with Glance's defaults for what is not given. */
    public static Image newImage(String id, String name, String diskFormat, String containerFormat, long minDisk,
                                 long minRam, String visibility, String owner) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new Image(id == null ? UUID.randomUUID().toString() : id, name, "active", visibility, diskFormat,
                containerFormat, minDisk, minRam, 0L, owner, now, now);
    }

    private void load() {
        if (file != null && Files.isRegularFile(file)) {
            try {
                for (Object o : (List<?>) PyJson.loads(Files.readString(file, StandardCharsets.UTF_8))) {
                    Image i = Image.fromMap((Map<?, ?>) o);
                    images.put(i.id(), i);
                }
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the image catalog " + file, e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the image catalog " + file + " is not readable: " + e.getMessage(), e);
            }
        }
        Image cirros = newImage(CIRROS_ID, "cirros", "qcow2", "bare", 0, 0, "public", null);
        images.put(cirros.id(), cirros);
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        List<Object> out = new ArrayList<>();
        images.values().forEach(i -> out.add(i.toMap()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, PyJson.dumps(out), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image catalog " + file, e);
        }
    }
}
