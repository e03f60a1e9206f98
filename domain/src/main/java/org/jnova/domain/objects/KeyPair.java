package org.jnova.domain.objects;

import java.time.Instant;

/** KeyPair 1.4 (Zed): an SSH key pair. Fields in Nova's order; generated from nova 26.2.2's class. */
public class KeyPair extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("KeyPair", "1.4")
            .field("id", FieldType.integer())
            .field("name", FieldType.string())
            .field("user_id", FieldType.string().nullable())
            .field("fingerprint", FieldType.string().nullable())
            .field("public_key", FieldType.string().nullable())
            .field("type", FieldType.string(), "1.2")
            .persistent()
            .build();

    public KeyPair() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public String getName() { return str("name"); }
    public void setName(String v) { set("name", v); }
    public String getUserId() { return str("user_id"); }
    public void setUserId(String v) { set("user_id", v); }
    public String getFingerprint() { return str("fingerprint"); }
    public void setFingerprint(String v) { set("fingerprint", v); }
    public String getPublicKey() { return str("public_key"); }
    public void setPublicKey(String v) { set("public_key", v); }
    public String getType() { return str("type"); }
    public void setType(String v) { set("type", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public Instant getDeletedAt() { return instant("deleted_at"); }
    public void setDeletedAt(Instant v) { set("deleted_at", v); }
    public boolean isDeleted() { return bool("deleted"); }
    public void setDeleted(boolean v) { set("deleted", v); }
}
