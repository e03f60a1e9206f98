package org.jnova.domain.objects;

import java.time.Instant;

/** BuildRequest 1.3 (Zed): an instance being built, before it lands in a cell. Fields in Nova's order; generated from nova 26.2.2's class. */
public class BuildRequest extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("BuildRequest", "1.3")
            .field("id", FieldType.integer())
            .field("instance_uuid", FieldType.string())
            .field("project_id", FieldType.string())
            .field("instance", FieldType.object("Instance"))
            .field("block_device_mappings", FieldType.object("BlockDeviceMappingList"), "1.1")
            .field("created_at", FieldType.datetime().nullable())
            .field("updated_at", FieldType.datetime().nullable())
            .field("tags", FieldType.object("TagList"), "1.3")
            .build();

    public BuildRequest() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public String getInstanceUuid() { return str("instance_uuid"); }
    public void setInstanceUuid(String v) { set("instance_uuid", v); }
    public String getProjectId() { return str("project_id"); }
    public void setProjectId(String v) { set("project_id", v); }
    public Instance getInstance() { return typed("instance"); }
    public void setInstance(Instance v) { set("instance", v); }
    public BlockDeviceMappingList getBlockDeviceMappings() { return typed("block_device_mappings"); }
    public void setBlockDeviceMappings(BlockDeviceMappingList v) { set("block_device_mappings", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public TagList getTags() { return typed("tags"); }
    public void setTags(TagList v) { set("tags", v); }
}
