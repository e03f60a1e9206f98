package org.jnova.domain.objects;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** ComputeNode 1.19 (Zed): the resources of one hypervisor node. Fields in Nova's order; generated from nova 26.2.2's class. */
public class ComputeNode extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("ComputeNode", "1.19")
            .field("id", FieldType.integer())
            .field("uuid", FieldType.string(), "1.15")
            .field("service_id", FieldType.integer().nullable())
            .field("host", FieldType.string().nullable(), "1.7")
            .field("vcpus", FieldType.integer())
            .field("memory_mb", FieldType.integer())
            .field("local_gb", FieldType.integer())
            .field("vcpus_used", FieldType.integer())
            .field("memory_mb_used", FieldType.integer())
            .field("local_gb_used", FieldType.integer())
            .field("hypervisor_type", FieldType.string())
            .field("hypervisor_version", FieldType.integer())
            .field("hypervisor_hostname", FieldType.string().nullable())
            .field("free_ram_mb", FieldType.integer().nullable())
            .field("free_disk_gb", FieldType.integer().nullable())
            .field("current_workload", FieldType.integer().nullable())
            .field("running_vms", FieldType.integer().nullable())
            .field("cpu_info", FieldType.string().nullable())
            .field("disk_available_least", FieldType.integer().nullable())
            .field("metrics", FieldType.string().nullable())
            .field("stats", FieldType.dictOf(FieldType.string().nullable()).nullable(), "1.3")
            .field("host_ip", FieldType.string().nullable(), "1.4")
            .field("numa_topology", FieldType.string().nullable(), "1.5")
            .field("supported_hv_specs", FieldType.listOf(FieldType.object("HVSpec")), "1.6")
            .field("pci_device_pools", FieldType.object("PciDevicePoolList").nullable(), "1.9")
            .field("cpu_allocation_ratio", FieldType.floating(), "1.14")
            .field("ram_allocation_ratio", FieldType.floating(), "1.14")
            .field("disk_allocation_ratio", FieldType.floating(), "1.16")
            .field("mapped", FieldType.integer(), "1.17")
            .persistent()
            .build();

    public ComputeNode() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public String getUuid() { return str("uuid"); }
    public void setUuid(String v) { set("uuid", v); }
    public Long getServiceId() { return lng("service_id"); }
    public void setServiceId(Number v) { set("service_id", v); }
    public String getHost() { return str("host"); }
    public void setHost(String v) { set("host", v); }
    public Long getVcpus() { return lng("vcpus"); }
    public void setVcpus(Number v) { set("vcpus", v); }
    public Long getMemoryMb() { return lng("memory_mb"); }
    public void setMemoryMb(Number v) { set("memory_mb", v); }
    public Long getLocalGb() { return lng("local_gb"); }
    public void setLocalGb(Number v) { set("local_gb", v); }
    public Long getVcpusUsed() { return lng("vcpus_used"); }
    public void setVcpusUsed(Number v) { set("vcpus_used", v); }
    public Long getMemoryMbUsed() { return lng("memory_mb_used"); }
    public void setMemoryMbUsed(Number v) { set("memory_mb_used", v); }
    public Long getLocalGbUsed() { return lng("local_gb_used"); }
    public void setLocalGbUsed(Number v) { set("local_gb_used", v); }
    public String getHypervisorType() { return str("hypervisor_type"); }
    public void setHypervisorType(String v) { set("hypervisor_type", v); }
    public Long getHypervisorVersion() { return lng("hypervisor_version"); }
    public void setHypervisorVersion(Number v) { set("hypervisor_version", v); }
    public String getHypervisorHostname() { return str("hypervisor_hostname"); }
    public void setHypervisorHostname(String v) { set("hypervisor_hostname", v); }
    public Long getFreeRamMb() { return lng("free_ram_mb"); }
    public void setFreeRamMb(Number v) { set("free_ram_mb", v); }
    public Long getFreeDiskGb() { return lng("free_disk_gb"); }
    public void setFreeDiskGb(Number v) { set("free_disk_gb", v); }
    public Long getCurrentWorkload() { return lng("current_workload"); }
    public void setCurrentWorkload(Number v) { set("current_workload", v); }
    public Long getRunningVms() { return lng("running_vms"); }
    public void setRunningVms(Number v) { set("running_vms", v); }
    public String getCpuInfo() { return str("cpu_info"); }
    public void setCpuInfo(String v) { set("cpu_info", v); }
    public Long getDiskAvailableLeast() { return lng("disk_available_least"); }
    public void setDiskAvailableLeast(Number v) { set("disk_available_least", v); }
    public String getMetrics() { return str("metrics"); }
    public void setMetrics(String v) { set("metrics", v); }
    public Map<String, String> getStats() { return typed("stats"); }
    public void setStats(Map<String, String> v) { set("stats", v); }
    public String getHostIp() { return str("host_ip"); }
    public void setHostIp(String v) { set("host_ip", v); }
    public String getNumaTopology() { return str("numa_topology"); }
    public void setNumaTopology(String v) { set("numa_topology", v); }
    public List<Object> getSupportedHvSpecs() { return typed("supported_hv_specs"); }
    public void setSupportedHvSpecs(List<Object> v) { set("supported_hv_specs", v); }
    public Object getPciDevicePools() { return typed("pci_device_pools"); }
    public void setPciDevicePools(Object v) { set("pci_device_pools", v); }
    public Double getCpuAllocationRatio() { return dbl("cpu_allocation_ratio"); }
    public void setCpuAllocationRatio(Number v) { set("cpu_allocation_ratio", v); }
    public Double getRamAllocationRatio() { return dbl("ram_allocation_ratio"); }
    public void setRamAllocationRatio(Number v) { set("ram_allocation_ratio", v); }
    public Double getDiskAllocationRatio() { return dbl("disk_allocation_ratio"); }
    public void setDiskAllocationRatio(Number v) { set("disk_allocation_ratio", v); }
    public Long getMapped() { return lng("mapped"); }
    public void setMapped(Number v) { set("mapped", v); }
    public Instant getCreatedAt() { return instant("created_at"); }
    public void setCreatedAt(Instant v) { set("created_at", v); }
    public Instant getUpdatedAt() { return instant("updated_at"); }
    public void setUpdatedAt(Instant v) { set("updated_at", v); }
    public Instant getDeletedAt() { return instant("deleted_at"); }
    public void setDeletedAt(Instant v) { set("deleted_at", v); }
    public boolean isDeleted() { return bool("deleted"); }
    public void setDeleted(boolean v) { set("deleted", v); }
}
