package org.jnova.domain.objects;

import java.time.Instant;

/** SecurityGroup 1.2 (Zed): a security group reference. Fields in Nova's order; generated from nova 26.2.2's class. */
public class SecurityGroup extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("SecurityGroup", "1.2")
            .field("id", FieldType.integer())
            .field("name", FieldType.string())
            .field("description", FieldType.string())
            .field("user_id", FieldType.string())
            .field("project_id", FieldType.string())
            .field("uuid", FieldType.string(), "1.2")
            .persistent()
            .build();

    public SecurityGroup() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public String getName() { return str("name"); }
    public void setName(String v) { set("name", v); }
    public String getDescription() { return str("description"); }
    public void setDescription(String v) { set("description", v); }
    public String getUserId() { return str("user_id"); }
    public void setUserId(String v) { set("user_id", v); }
    public String getProjectId() { return str("project_id"); }
    public void setProjectId(String v) { set("project_id", v); }
    public String getUuid() { return str("uuid"); }
    public void setUuid(String v) { set("uuid", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public Instant getDeletedAt() { return instant("deleted_at"); }
    public void setDeletedAt(Instant v) { set("deleted_at", v); }
    public boolean isDeleted() { return bool("deleted"); }
    public void setDeleted(boolean v) { set("deleted", v); }
}
