package org.jnova.api.image;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One image record of the catalog, with the fields of Glance's v2 image that jnova keeps. */
public record Image(String id, String name, String status, String visibility, String diskFormat,
                    String containerFormat, long minDisk, long minRam, long size, String owner,
                    Instant createdAt, Instant updatedAt) {

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("status", status);
        m.put("visibility", visibility);
        m.put("disk_format", diskFormat);
        m.put("container_format", containerFormat);
        m.put("min_disk", minDisk);
        m.put("min_ram", minRam);
        m.put("size", size);
        m.put("owner", owner);
        m.put("created_at", createdAt.toString());
        m.put("updated_at", updatedAt.toString());
        return m;
    }

    static Image fromMap(Map<?, ?> m) {
        return new Image((String) m.get("id"), (String) m.get("name"), (String) m.get("status"),
                (String) m.get("visibility"), (String) m.get("disk_format"), (String) m.get("container_format"),
                ((Number) m.get("min_disk")).longValue(), ((Number) m.get("min_ram")).longValue(),
                ((Number) m.get("size")).longValue(), (String) m.get("owner"),
                Instant.parse((String) m.get("created_at")), Instant.parse((String) m.get("updated_at")));
    }
}
