package org.jnova.domain.objects;

/** SchedulerLimits 1.0 (Zed): resource limits returned by the scheduler. Fields in Nova's order; generated from nova 26.2.2's class. */
public class SchedulerLimits extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("SchedulerLimits", "1.0")
            .field("numa_topology", FieldType.object("NUMATopologyLimits").nullable())
            .field("vcpu", FieldType.integer().nullable())
            .field("disk_gb", FieldType.integer().nullable())
            .field("memory_mb", FieldType.integer().nullable())
            .build();

    public SchedulerLimits() {
        super(SCHEMA);
    }

    public Object getNumaTopology() { return typed("numa_topology"); }
    public void setNumaTopology(Object v) { set("numa_topology", v); }
    public Long getVcpu() { return lng("vcpu"); }
    public void setVcpu(Number v) { set("vcpu", v); }
    public Long getDiskGb() { return lng("disk_gb"); }
    public void setDiskGb(Number v) { set("disk_gb", v); }
    public Long getMemoryMb() { return lng("memory_mb"); }
    public void setMemoryMb(Number v) { set("memory_mb", v); }
}
