package org.jnova.domain.objects;

import java.time.Instant;
import java.util.List;

/** ImageMeta 1.8 (Zed): image metadata; properties is an ImageMetaProps primitive (not modeled). Fields in Nova's order; generated from nova 26.2.2's class. */
public class ImageMeta extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("ImageMeta", "1.8")
            .field("id", FieldType.string())
            .field("name", FieldType.string())
            .field("status", FieldType.string())
            .field("visibility", FieldType.string())
            .field("protected", FieldType.bool())
            .field("checksum", FieldType.string())
            .field("owner", FieldType.string())
            .field("size", FieldType.integer())
            .field("virtual_size", FieldType.integer())
            .field("container_format", FieldType.string())
            .field("disk_format", FieldType.string())
            .field("created_at", FieldType.datetime().nullable())
            .field("updated_at", FieldType.datetime().nullable())
            .field("tags", FieldType.listOf(FieldType.string()))
            .field("direct_url", FieldType.string())
            .field("min_ram", FieldType.integer())
            .field("min_disk", FieldType.integer())
            .field("properties", FieldType.object("ImageMetaProps"))
            .build();

    public ImageMeta() {
        super(SCHEMA);
    }

    public String getId() { return str("id"); }
    public void setId(String v) { set("id", v); }
    public String getName() { return str("name"); }
    public void setName(String v) { set("name", v); }
    public String getStatus() { return str("status"); }
    public void setStatus(String v) { set("status", v); }
    public String getVisibility() { return str("visibility"); }
    public void setVisibility(String v) { set("visibility", v); }
    public boolean isProtected() { return bool("protected"); }
    public void setProtected(boolean v) { set("protected", v); }
    public String getChecksum() { return str("checksum"); }
    public void setChecksum(String v) { set("checksum", v); }
    public String getOwner() { return str("owner"); }
    public void setOwner(String v) { set("owner", v); }
    public Long getSize() { return lng("size"); }
    public void setSize(Number v) { set("size", v); }
    public Long getVirtualSize() { return lng("virtual_size"); }
    public void setVirtualSize(Number v) { set("virtual_size", v); }
    public String getContainerFormat() { return str("container_format"); }
    public void setContainerFormat(String v) { set("container_format", v); }
    public String getDiskFormat() { return str("disk_format"); }
    public void setDiskFormat(String v) { set("disk_format", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public List<String> getTags() { return typed("tags"); }
    public void setTags(List<String> v) { set("tags", v); }
    public String getDirectUrl() { return str("direct_url"); }
    public void setDirectUrl(String v) { set("direct_url", v); }
    public Long getMinRam() { return lng("min_ram"); }
    public void setMinRam(Number v) { set("min_ram", v); }
    public Long getMinDisk() { return lng("min_disk"); }
    public void setMinDisk(Number v) { set("min_disk", v); }
    public Object getProperties() { return typed("properties"); }
    public void setProperties(Object v) { set("properties", v); }
}
