package org.jnova.domain.objects;

/** Tag 1.1 (Zed): one tag of an instance. Fields in Nova's order; generated from nova 26.2.2's class. */
public class Tag extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("Tag", "1.1")
            .field("resource_id", FieldType.string())
            .field("tag", FieldType.string())
            .build();

    public Tag() {
        super(SCHEMA);
    }

    public String getResourceId() { return str("resource_id"); }
    public void setResourceId(String v) { set("resource_id", v); }
    public String getTag() { return str("tag"); }
    public void setTag(String v) { set("tag", v); }
}
