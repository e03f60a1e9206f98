package org.jnova.domain.objects;

/** Selection 1.1 (Zed): the scheduler's choice of a host for an instance. Fields in Nova's order; generated from nova 26.2.2's class. */
public class Selection extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("Selection", "1.1")
            .field("compute_node_uuid", FieldType.string())
            .field("service_host", FieldType.string())
            .field("nodename", FieldType.string())
            .field("cell_uuid", FieldType.string())
            .field("limits", FieldType.object("SchedulerLimits").nullable())
            .field("allocation_request", FieldType.string().nullable())
            .field("allocation_request_version", FieldType.string().nullable())
            .field("availability_zone", FieldType.string().nullable(), "1.1")
            .build();

    public Selection() {
        super(SCHEMA);
    }

    public String getComputeNodeUuid() { return str("compute_node_uuid"); }
    public void setComputeNodeUuid(String v) { set("compute_node_uuid", v); }
    public String getServiceHost() { return str("service_host"); }
    public void setServiceHost(String v) { set("service_host", v); }
    public String getNodename() { return str("nodename"); }
    public void setNodename(String v) { set("nodename", v); }
    public String getCellUuid() { return str("cell_uuid"); }
    public void setCellUuid(String v) { set("cell_uuid", v); }
    public SchedulerLimits getLimits() { return typed("limits"); }
    public void setLimits(SchedulerLimits v) { set("limits", v); }
    public String getAllocationRequest() { return str("allocation_request"); }
    public void setAllocationRequest(String v) { set("allocation_request", v); }
    public String getAllocationRequestVersion() { return str("allocation_request_version"); }
    public void setAllocationRequestVersion(String v) { set("allocation_request_version", v); }
    public String getAvailabilityZone() { return str("availability_zone"); }
    public void setAvailabilityZone(String v) { set("availability_zone", v); }
}
