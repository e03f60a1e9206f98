package org.jnova.domain.objects;

import java.time.Instant;

/** InstanceInfoCache 1.5 (Zed): an instance's cached network info (network_info is the JSON text of the model). Fields in Nova's order; generated from nova 26.2.2's class. */
public class InstanceInfoCache extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("InstanceInfoCache", "1.5")
            .field("instance_uuid", FieldType.string())
            .field("network_info", FieldType.string().nullable())
            .persistent()
            .build();

    public InstanceInfoCache() {
        super(SCHEMA);
    }

    public String getInstanceUuid() { return str("instance_uuid"); }
    public void setInstanceUuid(String v) { set("instance_uuid", v); }
    public String getNetworkInfo() { return str("network_info"); }
    public void setNetworkInfo(String v) { set("network_info", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public Instant getDeletedAt() { return instant("deleted_at"); }
    public void setDeletedAt(Instant v) { set("deleted_at", v); }
    public boolean isDeleted() { return bool("deleted"); }
    public void setDeleted(boolean v) { set("deleted", v); }
}
