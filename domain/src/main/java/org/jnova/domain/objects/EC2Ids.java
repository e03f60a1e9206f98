package org.jnova.domain.objects;

/** EC2Ids 1.0 (Zed): EC2-style ids of an instance. Fields in Nova's order; generated from nova 26.2.2's class. */
public class EC2Ids extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("EC2Ids", "1.0")
            .field("instance_id", FieldType.string())
            .field("ami_id", FieldType.string().nullable())
            .field("kernel_id", FieldType.string().nullable())
            .field("ramdisk_id", FieldType.string().nullable())
            .build();

    public EC2Ids() {
        super(SCHEMA);
    }

    public String getInstanceId() { return str("instance_id"); }
    public void setInstanceId(String v) { set("instance_id", v); }
    public String getAmiId() { return str("ami_id"); }
    public void setAmiId(String v) { set("ami_id", v); }
    public String getKernelId() { return str("kernel_id"); }
    public void setKernelId(String v) { set("kernel_id", v); }
    public String getRamdiskId() { return str("ramdisk_id"); }
    public void setRamdiskId(String v) { set("ramdisk_id", v); }
}
