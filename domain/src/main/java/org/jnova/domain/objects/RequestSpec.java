package org.jnova.domain.objects;

import java.util.List;
import java.util.Map;

/** RequestSpec 1.14 (Zed): what the scheduler needs to place an instance. Fields in Nova's order; generated from nova 26.2.2's class. */
public class RequestSpec extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("RequestSpec", "1.14")
            .field("id", FieldType.integer())
            .field("image", FieldType.object("ImageMeta").nullable())
            .field("numa_topology", FieldType.object("InstanceNUMATopology").nullable())
            .field("pci_requests", FieldType.object("InstancePCIRequests").nullable())
            .field("project_id", FieldType.string().nullable())
            .field("user_id", FieldType.string().nullable(), "1.9")
            .field("availability_zone", FieldType.string().nullable())
            .field("flavor", FieldType.object("Flavor"))
            .field("num_instances", FieldType.integer())
            .field("ignore_hosts", FieldType.listOf(FieldType.string()).nullable())
            .field("force_hosts", FieldType.listOf(FieldType.string()).nullable())
            .field("force_nodes", FieldType.listOf(FieldType.string()).nullable())
            .field("requested_destination", FieldType.object("Destination").nullable(), "1.6")
            .field("retry", FieldType.object("SchedulerRetries").nullable())
            .field("limits", FieldType.object("SchedulerLimits").nullable())
            .field("instance_group", FieldType.object("InstanceGroup").nullable())
            .field("scheduler_hints", FieldType.dictOf(FieldType.listOf(FieldType.string())).nullable())
            .field("instance_uuid", FieldType.string())
            .field("security_groups", FieldType.object("SecurityGroupList"), "1.8")
            .field("network_metadata", FieldType.object("NetworkMetadata"), "1.10")
            .field("is_bfv", FieldType.bool(), "1.11")
            .field("requested_resources", FieldType.listOf(FieldType.object("RequestGroup")).nullable(), "1.12")
            .field("request_level_params", FieldType.object("RequestLevelParams"), "1.13")
            .field("requested_networks", FieldType.object("NetworkRequestList"), "1.14")
            .build();

    public RequestSpec() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public void setId(Number v) { set("id", v); }
    public ImageMeta getImage() { return typed("image"); }
    public void setImage(ImageMeta v) { set("image", v); }
    public Object getNumaTopology() { return typed("numa_topology"); }
    public void setNumaTopology(Object v) { set("numa_topology", v); }
    public Object getPciRequests() { return typed("pci_requests"); }
    public void setPciRequests(Object v) { set("pci_requests", v); }
    public String getProjectId() { return str("project_id"); }
    public void setProjectId(String v) { set("project_id", v); }
    public String getUserId() { return str("user_id"); }
    public void setUserId(String v) { set("user_id", v); }
    public String getAvailabilityZone() { return str("availability_zone"); }
    public void setAvailabilityZone(String v) { set("availability_zone", v); }
    public Flavor getFlavor() { return typed("flavor"); }
    public void setFlavor(Flavor v) { set("flavor", v); }
    public Long getNumInstances() { return lng("num_instances"); }
    public void setNumInstances(Number v) { set("num_instances", v); }
    public List<String> getIgnoreHosts() { return typed("ignore_hosts"); }
    public void setIgnoreHosts(List<String> v) { set("ignore_hosts", v); }
    public List<String> getForceHosts() { return typed("force_hosts"); }
    public void setForceHosts(List<String> v) { set("force_hosts", v); }
    public List<String> getForceNodes() { return typed("force_nodes"); }
    public void setForceNodes(List<String> v) { set("force_nodes", v); }
    public Object getRequestedDestination() { return typed("requested_destination"); }
    public void setRequestedDestination(Object v) { set("requested_destination", v); }
    public Object getRetry() { return typed("retry"); }
    public void setRetry(Object v) { set("retry", v); }
    public SchedulerLimits getLimits() { return typed("limits"); }
    public void setLimits(SchedulerLimits v) { set("limits", v); }
    public Object getInstanceGroup() { return typed("instance_group"); }
    public void setInstanceGroup(Object v) { set("instance_group", v); }
    public Map<String, List<String>> getSchedulerHints() { return typed("scheduler_hints"); }
    public void setSchedulerHints(Map<String, List<String>> v) { set("scheduler_hints", v); }
    public String getInstanceUuid() { return str("instance_uuid"); }
    public void setInstanceUuid(String v) { set("instance_uuid", v); }
    public SecurityGroupList getSecurityGroups() { return typed("security_groups"); }
    public void setSecurityGroups(SecurityGroupList v) { set("security_groups", v); }
    public Object getNetworkMetadata() { return typed("network_metadata"); }
    public void setNetworkMetadata(Object v) { set("network_metadata", v); }
    public boolean isBfv() { return bool("is_bfv"); }
    public void setBfv(boolean v) { set("is_bfv", v); }
    public List<Object> getRequestedResources() { return typed("requested_resources"); }
    public void setRequestedResources(List<Object> v) { set("requested_resources", v); }
    public Object getRequestLevelParams() { return typed("request_level_params"); }
    public void setRequestLevelParams(Object v) { set("request_level_params", v); }
    public NetworkRequestList getRequestedNetworks() { return typed("requested_networks"); }
    public void setRequestedNetworks(NetworkRequestList v) { set("requested_networks", v); }
}
