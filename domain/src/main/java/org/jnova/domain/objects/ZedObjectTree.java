package org.jnova.domain.objects;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every versioned-object class of Nova Zed (26.2.2) with its version and the classes its object and
 * list-of-object fields refer to, so that manifests ({@code obj_tree_get_versions}) can be computed for
 * classes jnova does not model. Generated from nova's registry.
 */
final class ZedObjectTree {
    private static final Map<String, String> VERSIONS = new HashMap<>();
    private static final Map<String, List<String>> CHILDREN = new HashMap<>();

    static {
        row("Aggregate", "1.3");
        row("AggregateList", "1.3", "Aggregate");
        row("BlockDeviceMapping", "1.21", "Instance");
        row("BlockDeviceMappingList", "1.18", "BlockDeviceMapping");
        row("BuildRequest", "1.3", "Instance", "BlockDeviceMappingList", "TagList");
        row("BuildRequestList", "1.0", "BuildRequest");
        row("CellMapping", "1.1");
        row("CellMappingList", "1.1", "CellMapping");
        row("ComputeNode", "1.19", "HVSpec", "PciDevicePoolList");
        row("ComputeNodeList", "1.17", "ComputeNode");
        row("ConsoleAuthToken", "1.1");
        row("CpuDiagnostics", "1.0");
        row("Destination", "1.4", "CellMapping");
        row("DeviceBus", "1.0");
        row("DeviceMetadata", "1.0", "DeviceBus");
        row("Diagnostics", "1.0", "MemoryDiagnostics", "CpuDiagnostics", "NicDiagnostics", "DiskDiagnostics");
        row("DiskDiagnostics", "1.0");
        row("DiskMetadata", "1.0", "DeviceBus");
        row("EC2Ids", "1.0");
        row("EC2InstanceMapping", "1.0");
        row("Flavor", "1.2");
        row("FlavorList", "1.1", "Flavor");
        row("HVSpec", "1.2");
        row("HostMapping", "1.0", "CellMapping");
        row("HostMappingList", "1.1", "HostMapping");
        row("HyperVLiveMigrateData", "1.4", "Migration", "VIFMigrateData");
        row("IDEDeviceBus", "1.0");
        row("ImageMeta", "1.8", "ImageMetaProps");
        row("ImageMetaProps", "1.34");
        row("Instance", "2.7", "ServiceList", "InstanceInfoCache", "SecurityGroupList", "InstanceFault", "PciDeviceList", "InstanceNUMATopology", "InstancePCIRequests", "InstanceDeviceMetadata", "TagList", "Flavor", "Flavor", "Flavor", "VirtCPUModel", "EC2Ids", "MigrationContext", "KeyPairList", "TrustedCerts", "ResourceList");
        row("InstanceAction", "1.2");
        row("InstanceActionEvent", "1.4");
        row("InstanceActionEventList", "1.1", "InstanceActionEvent");
        row("InstanceActionList", "1.1", "InstanceAction");
        row("InstanceDeviceMetadata", "1.0", "DeviceMetadata");
        row("InstanceExternalEvent", "1.5");
        row("InstanceFault", "1.2");
        row("InstanceFaultList", "1.2", "InstanceFault");
        row("InstanceGroup", "1.11");
        row("InstanceGroupList", "1.8", "InstanceGroup");
        row("InstanceInfoCache", "1.5");
        row("InstanceList", "2.6", "Instance");
        row("InstanceMapping", "1.2", "CellMapping");
        row("InstanceMappingList", "1.3", "InstanceMapping");
        row("InstanceNUMACell", "1.6", "VirtCPUTopology");
        row("InstanceNUMATopology", "1.3", "InstanceNUMACell");
        row("InstancePCIRequest", "1.4");
        row("InstancePCIRequests", "1.1", "InstancePCIRequest");
        row("KeyPair", "1.4");
        row("KeyPairList", "1.3", "KeyPair");
        row("LibvirtLiveMigrateBDMInfo", "1.1");
        row("LibvirtLiveMigrateData", "1.10", "LibvirtLiveMigrateBDMInfo", "LibvirtLiveMigrateNUMAInfo", "Migration", "VIFMigrateData");
        row("LibvirtLiveMigrateNUMAInfo", "1.0");
        row("LibvirtVPMEMDevice", "1.0");
        row("MemoryDiagnostics", "1.0");
        row("Migration", "1.7");
        row("MigrationContext", "1.2", "InstanceNUMATopology", "InstanceNUMATopology", "PciDeviceList", "PciDeviceList", "InstancePCIRequests", "InstancePCIRequests", "ResourceList", "ResourceList");
        row("MigrationList", "1.5", "Migration");
        row("MonitorMetric", "1.1");
        row("MonitorMetricList", "1.1", "MonitorMetric");
        row("NUMACell", "1.5", "NUMAPagesTopology", "NetworkMetadata");
        row("NUMAPagesTopology", "1.1");
        row("NUMATopology", "1.2", "NUMACell");
        row("NUMATopologyLimits", "1.1", "NetworkMetadata");
        row("NetworkInterfaceMetadata", "1.2", "DeviceBus");
        row("NetworkMetadata", "1.0");
        row("NetworkRequest", "1.3");
        row("NetworkRequestList", "1.1", "NetworkRequest");
        row("NicDiagnostics", "1.0");
        row("PCIDeviceBus", "1.0");
        row("PciDevice", "1.7");
        row("PciDeviceList", "1.3", "PciDevice");
        row("PciDevicePool", "1.1");
        row("PciDevicePoolList", "1.1", "PciDevicePool");
        row("Quotas", "1.3");
        row("QuotasNoOp", "1.3");
        row("RequestGroup", "1.3");
        row("RequestLevelParams", "1.1");
        row("RequestSpec", "1.14", "ImageMeta", "InstanceNUMATopology", "InstancePCIRequests", "Flavor", "Destination", "SchedulerRetries", "SchedulerLimits", "InstanceGroup", "SecurityGroupList", "NetworkMetadata", "RequestGroup", "RequestLevelParams", "NetworkRequestList");
        row("Resource", "1.0", "ResourceMetadata");
        row("ResourceList", "1.0", "Resource");
        row("ResourceMetadata", "1.0");
        row("S3ImageMapping", "1.0");
        row("SCSIDeviceBus", "1.0");
        row("SchedulerLimits", "1.0", "NUMATopologyLimits");
        row("SchedulerRetries", "1.1", "ComputeNodeList");
        row("SecurityGroup", "1.2");
        row("SecurityGroupList", "1.1", "SecurityGroup");
        row("Selection", "1.1", "SchedulerLimits");
        row("Service", "1.22", "ComputeNode");
        row("ServiceList", "1.19", "Service");
        row("Tag", "1.1");
        row("TagList", "1.1", "Tag");
        row("TaskLog", "1.0");
        row("TaskLogList", "1.0", "TaskLog");
        row("TrustedCerts", "1.0");
        row("USBDeviceBus", "1.0");
        row("VIFMigrateData", "1.0");
        row("VMwareLiveMigrateData", "1.0", "Migration", "VIFMigrateData");
        row("VirtCPUFeature", "1.0");
        row("VirtCPUModel", "1.0", "VirtCPUTopology", "VirtCPUFeature");
        row("VirtCPUTopology", "1.0");
        row("VirtualInterface", "1.3");
        row("VirtualInterfaceList", "1.0", "VirtualInterface");
        row("VolumeUsage", "1.0");
        row("XenDeviceBus", "1.0");
    }

    private ZedObjectTree() {
    }

    private static void row(String name, String version, String... children) {
        VERSIONS.put(name, version);
        CHILDREN.put(name, List.of(children));
    }

    /** The Zed version of a class, or null when Nova Zed has no such class. */
    static String version(String name) {
        return VERSIONS.get(name);
    }

    /** The classes referred to by the object fields of a class, in field order. */
    static List<String> children(String name) {
        return CHILDREN.getOrDefault(name, Collections.emptyList());
    }
}
