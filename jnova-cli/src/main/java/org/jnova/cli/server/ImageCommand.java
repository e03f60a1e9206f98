package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jnova image list|create|delete}: jnova's embedded image catalog, through its Image API (/image/v2). */
@Command(name = "image", description = "Images of jnova's catalog (the image service of the clouds' catalog)",
        mixinStandardHelpOptions = true, subcommands = {ImageCommand.ListImages.class, ImageCommand.CreateImage.class,
                ImageCommand.DeleteImage.class})
public final class ImageCommand {
    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("ID", "id");
        c.put("Name", "name");
        c.put("Status", "status");
        c.put("Disk Format", "disk_format");
        c.put("Visibility", "visibility");
        return c;
    }

    /** An image's id from its id or (unique) name, as openstackclient finds it: by id, then by name. */
    @SuppressWarnings("unchecked")
    static String resolve(ComputeApiClient client, String nameOrId) {
        ComputeApiClient images = client.at(client.imageUrl());
        try {
            return (String) images.get("/v2/images/" + nameOrId).get("id");
        } catch (ComputeApiException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) images.get("/v2/images?name="
                + java.net.URLEncoder.encode(nameOrId, java.nio.charset.StandardCharsets.UTF_8)).get("images");
        if (found.size() != 1) {
            throw new ComputeApiException(0, found.isEmpty() ? "No Image found for " + nameOrId
                    : "More than one Image exists with the name '" + nameOrId + "'.");
        }
        return (String) found.get(0).get("id");
    }

    @Command(name = "list", description = "List images (GET /v2/images)", mixinStandardHelpOptions = true)
    static final class ListImages extends ClientCommand {
        @Override
        @SuppressWarnings("unchecked")
        int execute(ComputeApiClient client, PrintWriter out) {
            Output.rows(out, options.format(), columns(),
                    (List<Map<String, Object>>) client.at(client.imageUrl()).get("/v2/images").get("images"));
            return 0;
        }
    }

    @Command(name = "create", description = "Add an image record (POST /v2/images; admin)", mixinStandardHelpOptions = true)
    static final class CreateImage extends ClientCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--id", paramLabel = "UUID", description = "The image's id (default: a new one)")
        String id;

        @Option(names = "--disk-format", defaultValue = "qcow2", paramLabel = "FORMAT",
                description = "Disk format (default: ${DEFAULT-VALUE})")
        String diskFormat;

        @Option(names = "--container-format", defaultValue = "bare", paramLabel = "FORMAT",
                description = "Container format (default: ${DEFAULT-VALUE})")
        String containerFormat;

        @Option(names = "--min-disk", defaultValue = "0", paramLabel = "GB", description = "Minimum disk (GB)")
        long minDisk;

        @Option(names = "--min-ram", defaultValue = "0", paramLabel = "MB", description = "Minimum RAM (MB)")
        long minRam;

        @Option(names = "--private", description = "Visible to its project only (default: public)")
        boolean privateImage;

        @Override
        int execute(ComputeApiClient client, PrintWriter out) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            if (id != null) {
                body.put("id", id);
            }
            body.put("disk_format", diskFormat);
            body.put("container_format", containerFormat);
            body.put("min_disk", minDisk);
            body.put("min_ram", minRam);
            body.put("visibility", privateImage ? "private" : "public");
            Output.record(out, options.format(), client.at(client.imageUrl()).post("/v2/images", body));
            return 0;
        }
    }

    @Command(name = "delete", description = "Remove an image record (DELETE /v2/images/{id}; admin)",
            mixinStandardHelpOptions = true)
    static final class DeleteImage extends ClientCommand {
        @Parameters(index = "0", paramLabel = "IMAGE", description = "Image id or name")
        String image;

        @Override
        int execute(ComputeApiClient client, PrintWriter out) {
            client.at(client.imageUrl()).delete("/v2/images/" + resolve(client, image));
            return 0;
        }
    }
}
