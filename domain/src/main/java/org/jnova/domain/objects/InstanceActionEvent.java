package org.jnova.domain.objects;

import java.time.Instant;

/** InstanceActionEvent 1.4 (Zed): one step (event) of an instance action, e.g. compute_stop_instance. Fields in Nova's order; generated from nova 26.2.2's class. */
public class InstanceActionEvent extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("InstanceActionEvent", "1.4")
            .field("id", FieldType.integer())
            .field("event", FieldType.string().nullable())
            .field("action_id", FieldType.integer().nullable())
            .field("start_time", FieldType.datetime().nullable())
            .field("finish_time", FieldType.datetime().nullable())
            .field("result", FieldType.string().nullable())
            .field("traceback", FieldType.string().nullable())
            .field("host", FieldType.string().nullable(), "1.2")
            .field("details", FieldType.string().nullable(), "1.4")
            .persistent()
            .build();

    public InstanceActionEvent() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public String getEvent() { return str("event"); }
    public void setEvent(String v) { set("event", v); }
    public Long getActionId() { return lng("action_id"); }
    public void setActionId(Number v) { set("action_id", v); }
    public Instant getStartTime() { return instant("start_time"); }
    public void setStartTime(Instant v) { set("start_time", v); }
    public Instant getFinishTime() { return instant("finish_time"); }
    public void setFinishTime(Instant v) { set("finish_time", v); }
    public String getResult() { return str("result"); }
    public void setResult(String v) { set("result", v); }
    public String getTraceback() { return str("traceback"); }
    public void setTraceback(String v) { set("traceback", v); }
    public String getHost() { return str("host"); }
    public void setHost(String v) { set("host", v); }
    public String getDetails() { return str("details"); }
    public void setDetails(String v) { set("details", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public Instant getDeletedAt() { return instant("deleted_at"); }
    public void setDeletedAt(Instant v) { set("deleted_at", v); }
    public boolean isDeleted() { return bool("deleted"); }
    public void setDeleted(boolean v) { set("deleted", v); }
}
