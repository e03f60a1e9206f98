package org.jnova.domain.objects;

import java.time.Instant;

/** InstanceAction 1.2 (Zed): one user-visible action on an instance (start, stop, reboot ...). Fields in Nova's order; generated from nova 26.2.2's class. */
public class InstanceAction extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("InstanceAction", "1.2")
            .field("id", FieldType.integer())
            .field("action", FieldType.string().nullable())
            .field("instance_uuid", FieldType.string().nullable())
            .field("request_id", FieldType.string().nullable())
            .field("user_id", FieldType.string().nullable())
            .field("project_id", FieldType.string().nullable())
            .field("start_time", FieldType.datetime().nullable())
            .field("finish_time", FieldType.datetime().nullable())
            .field("message", FieldType.string().nullable())
            .persistent()
            .build();

    public InstanceAction() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public String getAction() { return str("action"); }
    public void setAction(String v) { set("action", v); }
    public String getInstanceUuid() { return str("instance_uuid"); }
    public void setInstanceUuid(String v) { set("instance_uuid", v); }
    public String getRequestId() { return str("request_id"); }
    public void setRequestId(String v) { set("request_id", v); }
    public String getUserId() { return str("user_id"); }
    public void setUserId(String v) { set("user_id", v); }
    public String getProjectId() { return str("project_id"); }
    public void setProjectId(String v) { set("project_id", v); }
    public Instant getStartTime() { return instant("start_time"); }
    public void setStartTime(Instant v) { set("start_time", v); }
    public Instant getFinishTime() { return instant("finish_time"); }
    public void setFinishTime(Instant v) { set("finish_time", v); }
    public String getMessage() { return str("message"); }
    public void setMessage(String v) { set("message", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public Instant getDeletedAt() { return instant("deleted_at"); }
    public void setDeletedAt(Instant v) { set("deleted_at", v); }
    public boolean isDeleted() { return bool("deleted"); }
    public void setDeleted(boolean v) { set("deleted", v); }
}
