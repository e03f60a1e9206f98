package org.jnova.domain.objects;

import java.time.Instant;

/** BlockDeviceMapping 1.21 (Zed): one block device of an instance. Fields in Nova's order; generated from nova 26.2.2's class. */
public class BlockDeviceMapping extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("BlockDeviceMapping", "1.21")
            .field("id", FieldType.integer())
            .field("uuid", FieldType.string(), "1.19")
            .field("instance_uuid", FieldType.string())
            .field("instance", FieldType.object("Instance").nullable())
            .field("source_type", FieldType.string().nullable())
            .field("destination_type", FieldType.string().nullable())
            .field("guest_format", FieldType.string().nullable())
            .field("device_type", FieldType.string().nullable())
            .field("disk_bus", FieldType.string().nullable())
            .field("boot_index", FieldType.integer().nullable())
            .field("device_name", FieldType.string().nullable())
            .field("delete_on_termination", FieldType.bool())
            .field("snapshot_id", FieldType.string().nullable())
            .field("volume_id", FieldType.string().nullable())
            .field("volume_size", FieldType.integer().nullable())
            .field("image_id", FieldType.string().nullable())
            .field("no_device", FieldType.bool())
            .field("connection_info", FieldType.string().nullable())
            .field("tag", FieldType.string().nullable(), "1.17")
            .field("attachment_id", FieldType.string().nullable(), "1.18")
            .field("volume_type", FieldType.string().nullable(), "1.20")
            .field("encrypted", FieldType.bool(), "1.21")
            .field("encryption_secret_uuid", FieldType.string().nullable(), "1.21")
            .field("encryption_format", FieldType.string().nullable(), "1.21")
            .field("encryption_options", FieldType.string().nullable(), "1.21")
            .persistent()
            .build();

    public BlockDeviceMapping() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public String getUuid() { return str("uuid"); }
    public void setUuid(String v) { set("uuid", v); }
    public String getInstanceUuid() { return str("instance_uuid"); }
    public void setInstanceUuid(String v) { set("instance_uuid", v); }
    public Instance getInstance() { return typed("instance"); }
    public void setInstance(Instance v) { set("instance", v); }
    public String getSourceType() { return str("source_type"); }
    public void setSourceType(String v) { set("source_type", v); }
    public String getDestinationType() { return str("destination_type"); }
    public void setDestinationType(String v) { set("destination_type", v); }
    public String getGuestFormat() { return str("guest_format"); }
    public void setGuestFormat(String v) { set("guest_format", v); }
    public String getDeviceType() { return str("device_type"); }
    public void setDeviceType(String v) { set("device_type", v); }
    public String getDiskBus() { return str("disk_bus"); }
    public void setDiskBus(String v) { set("disk_bus", v); }
    public Long getBootIndex() { return lng("boot_index"); }
    public void setBootIndex(Number v) { set("boot_index", v); }
    public String getDeviceName() { return str("device_name"); }
    public void setDeviceName(String v) { set("device_name", v); }
    public boolean isDeleteOnTermination() { return bool("delete_on_termination"); }
    public void setDeleteOnTermination(boolean v) { set("delete_on_termination", v); }
    public String getSnapshotId() { return str("snapshot_id"); }
    public void setSnapshotId(String v) { set("snapshot_id", v); }
    public String getVolumeId() { return str("volume_id"); }
    public void setVolumeId(String v) { set("volume_id", v); }
    public Long getVolumeSize() { return lng("volume_size"); }
    public void setVolumeSize(Number v) { set("volume_size", v); }
    public String getImageId() { return str("image_id"); }
    public void setImageId(String v) { set("image_id", v); }
    public boolean isNoDevice() { return bool("no_device"); }
    public void setNoDevice(boolean v) { set("no_device", v); }
    public String getConnectionInfo() { return str("connection_info"); }
    public void setConnectionInfo(String v) { set("connection_info", v); }
    public String getTag() { return str("tag"); }
    public void setTag(String v) { set("tag", v); }
    public String getAttachmentId() { return str("attachment_id"); }
    public void setAttachmentId(String v) { set("attachment_id", v); }
    public String getVolumeType() { return str("volume_type"); }
    public void setVolumeType(String v) { set("volume_type", v); }
    public boolean isEncrypted() { return bool("encrypted"); }
    public void setEncrypted(boolean v) { set("encrypted", v); }
    public String getEncryptionSecretUuid() { return str("encryption_secret_uuid"); }
    public void setEncryptionSecretUuid(String v) { set("encryption_secret_uuid", v); }
    public String getEncryptionFormat() { return str("encryption_format"); }
    public void setEncryptionFormat(String v) { set("encryption_format", v); }
    public String getEncryptionOptions() { return str("encryption_options"); }
    public void setEncryptionOptions(String v) { set("encryption_options", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public Instant getDeletedAt() { return instant("deleted_at"); }
    public void setDeletedAt(Instant v) { set("deleted_at", v); }
    public boolean isDeleted() { return bool("deleted"); }
    public void setDeleted(boolean v) { set("deleted", v); }
}
