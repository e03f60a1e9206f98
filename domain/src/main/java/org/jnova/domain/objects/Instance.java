package org.jnova.domain.objects;

import java.time.Instant;
import java.util.Map;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;

/**
 * Instance 2.7 (Zed), fields in Nova's definition order. Typed accessors map the wire strings and
 * integers onto {@link VmState}, {@link TaskState} and {@link PowerState}.
 */
public class Instance extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("Instance", "2.7")
            .field("id", FieldType.integer())
            .field("user_id", FieldType.string().nullable())
            .field("project_id", FieldType.string().nullable())
            .field("image_ref", FieldType.string().nullable())
            .field("kernel_id", FieldType.string().nullable())
            .field("ramdisk_id", FieldType.string().nullable())
            .field("hostname", FieldType.string().nullable())
            .field("launch_index", FieldType.integer().nullable())
            .field("key_name", FieldType.string().nullable())
            .field("key_data", FieldType.string().nullable())
            .field("power_state", FieldType.integer().nullable())
            .field("vm_state", FieldType.string().nullable())
            .field("task_state", FieldType.string().nullable())
            .field("services", FieldType.object("ServiceList"), "2.1")
            .field("memory_mb", FieldType.integer().nullable())
            .field("vcpus", FieldType.integer().nullable())
            .field("root_gb", FieldType.integer().nullable())
            .field("ephemeral_gb", FieldType.integer().nullable())
            .field("ephemeral_key_uuid", FieldType.string().nullable())
            .field("host", FieldType.string().nullable())
            .field("node", FieldType.string().nullable())
            .field("instance_type_id", FieldType.integer().nullable())
            .field("user_data", FieldType.string().nullable())
            .field("reservation_id", FieldType.string().nullable())
            .field("launched_at", FieldType.datetime().nullable())
            .field("terminated_at", FieldType.datetime().nullable())
            .field("availability_zone", FieldType.string().nullable())
            .field("display_name", FieldType.string().nullable())
            .field("display_description", FieldType.string().nullable())
            .field("launched_on", FieldType.string().nullable())
            .field("locked", FieldType.bool())
            .field("locked_by", FieldType.string().nullable())
            .field("os_type", FieldType.string().nullable())
            .field("architecture", FieldType.string().nullable())
            .field("vm_mode", FieldType.string().nullable())
            .field("uuid", FieldType.string())
            .field("root_device_name", FieldType.string().nullable())
            .field("default_ephemeral_device", FieldType.string().nullable())
            .field("default_swap_device", FieldType.string().nullable())
            .field("config_drive", FieldType.string().nullable())
            .field("access_ip_v4", FieldType.string().nullable())
            .field("access_ip_v6", FieldType.string().nullable())
            .field("auto_disk_config", FieldType.bool())
            .field("progress", FieldType.integer().nullable())
            .field("shutdown_terminate", FieldType.bool())
            .field("disable_terminate", FieldType.bool())
            .field("cell_name", FieldType.string().nullable())
            .field("metadata", FieldType.dictOf(FieldType.string()))
            .field("system_metadata", FieldType.dictOf(FieldType.string().nullable()))
            .field("info_cache", FieldType.object("InstanceInfoCache").nullable())
            .field("security_groups", FieldType.object("SecurityGroupList"))
            .field("fault", FieldType.object("InstanceFault").nullable())
            .field("cleaned", FieldType.bool())
            .field("pci_devices", FieldType.object("PciDeviceList").nullable())
            .field("numa_topology", FieldType.object("InstanceNUMATopology").nullable())
            .field("pci_requests", FieldType.object("InstancePCIRequests").nullable())
            .field("device_metadata", FieldType.object("InstanceDeviceMetadata").nullable(), "2.3")
            .field("tags", FieldType.object("TagList"))
            .field("flavor", FieldType.object("Flavor"))
            .field("old_flavor", FieldType.object("Flavor").nullable())
            .field("new_flavor", FieldType.object("Flavor").nullable())
            .field("vcpu_model", FieldType.object("VirtCPUModel").nullable())
            .field("ec2_ids", FieldType.object("EC2Ids"))
            .field("migration_context", FieldType.object("MigrationContext").nullable())
            .field("keypairs", FieldType.object("KeyPairList"), "2.2")
            .field("trusted_certs", FieldType.object("TrustedCerts").nullable(), "2.4")
            .field("hidden", FieldType.bool(), "2.6")
            .field("resources", FieldType.object("ResourceList").nullable(), "2.7")
            .persistent()
            .build();

    /** {@code CONF.instance_name_template} default. */
    public static final String NAME_TEMPLATE = "instance-%08x";

    public Instance() {
        super(SCHEMA);
    }

    public String getUuid() { return str("uuid"); }
    public Long getId() { return lng("id"); }
    public String getHost() { return str("host"); }
    public String getNode() { return str("node"); }
    public String getDisplayName() { return str("display_name"); }
    public String getImageRef() { return str("image_ref"); }
    public String getProjectId() { return str("project_id"); }
    public String getUserId() { return str("user_id"); }
    public Integer getMemoryMb() { return integer("memory_mb"); }
    public Integer getVcpus() { return integer("vcpus"); }
    public Integer getRootGb() { return integer("root_gb"); }
    public Instant getLaunchedAt() { return instant("launched_at"); }
    public Instant getTerminatedAt() { return instant("terminated_at"); }
    public boolean isLocked() { return bool("locked"); }

    /** {@code instance.name}: the libvirt domain name, {@code instance-%08x} of the database id. */
    public String getName() {
        Long id = getId();
        return id == null ? null : String.format(NAME_TEMPLATE, id);
    }

    public VmState getVmState() { return VmState.fromWire(str("vm_state")); }
    public void setVmState(VmState s) { set("vm_state", s == null ? null : s.wireValue()); }

    public TaskState getTaskState() { return TaskState.fromWire(str("task_state")); }
    public void setTaskState(TaskState s) { set("task_state", TaskState.wireOf(s)); }

    /** The stored power state, {@link PowerState#NOSTATE} when unset or null. */
    public PowerState getPowerState() {
        Integer code = isSet("power_state") ? integer("power_state") : null;
        return code == null ? PowerState.NOSTATE : PowerState.fromCode(code);
    }

    public void setPowerState(PowerState s) { set("power_state", s == null ? null : (long) s.code()); }

    public Flavor getFlavor() {
        Object f = get("flavor");
        return f instanceof Flavor fl ? fl : null;
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> getSystemMetadata() {
        Object m = get("system_metadata");
        return m == null ? Map.of() : (Map<String, String>) m;
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> getMetadata() {
        Object m = get("metadata");
        return m == null ? Map.of() : (Map<String, String>) m;
    }
}
