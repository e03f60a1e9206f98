package org.jnova.domain.objects;

import java.time.Instant;

/** Service 1.22: one service record (host, binary, topic, liveness). */
public class Service extends NovaObject {
    /** {@code SERVICE_VERSION} in Zed; its compute RPC is 6.1. Python refuses computes below 61. */
    public static final int SERVICE_VERSION = 64;

    public static final ObjectSchema SCHEMA = ObjectSchema.builder("Service", "1.22")
            .field("id", FieldType.integer())
            .field("uuid", FieldType.string(), "1.21")
            .field("host", FieldType.string().nullable())
            .field("binary", FieldType.string().nullable())
            .field("topic", FieldType.string().nullable())
            .field("report_count", FieldType.integer())
            .field("disabled", FieldType.bool())
            .field("disabled_reason", FieldType.string().nullable())
            .field("availability_zone", FieldType.string().nullable())
            .field("compute_node", FieldType.object("ComputeNode"))
            .field("last_seen_up", FieldType.datetime().nullable(), "1.13")
            .field("forced_down", FieldType.bool(), "1.14")
            .field("version", FieldType.integer(), "1.16")
            .persistent()
            .build();

    public Service() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public String getUuid() { return str("uuid"); }
    public String getHost() { return str("host"); }
    public String getBinary() { return str("binary"); }
    public String getTopic() { return str("topic"); }
    public long getReportCount() { Long c = lng("report_count"); return c == null ? 0 : c; }
    public boolean isDisabled() { return bool("disabled"); }
    public String getDisabledReason() { return str("disabled_reason"); }
    public boolean isForcedDown() { return bool("forced_down"); }
    public Instant getLastSeenUp() { return instant("last_seen_up"); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public long getVersion() { Long v = lng("version"); return v == null ? 0 : v; }
}
