package org.jnova.domain.objects;

import java.time.Instant;

/** InstanceFault 1.2 (Zed): the last error recorded against an instance. Fields in Nova's order; generated from nova 26.2.2's class. */
public class InstanceFault extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("InstanceFault", "1.2")
            .field("id", FieldType.integer())
            .field("instance_uuid", FieldType.string())
            .field("code", FieldType.integer())
            .field("message", FieldType.string().nullable())
            .field("details", FieldType.string().nullable())
            .field("host", FieldType.string().nullable())
            .persistent()
            .build();

    public InstanceFault() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public String getInstanceUuid() { return str("instance_uuid"); }
    public void setInstanceUuid(String v) { set("instance_uuid", v); }
    public Long getCode() { return lng("code"); }
    public void setCode(Number v) { set("code", v); }
    public String getMessage() { return str("message"); }
    public void setMessage(String v) { set("message", v); }
    public String getDetails() { return str("details"); }
    public void setDetails(String v) { set("details", v); }
    public String getHost() { return str("host"); }
    public void setHost(String v) { set("host", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public Instant getDeletedAt() { return instant("deleted_at"); }
    public void setDeletedAt(Instant v) { set("deleted_at", v); }
    public boolean isDeleted() { return bool("deleted"); }
    public void setDeleted(boolean v) { set("deleted", v); }
}
