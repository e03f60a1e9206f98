package org.jnova.domain.objects;

/** NetworkRequest 1.3 (Zed): one requested network or port. Fields in Nova's order; generated from nova 26.2.2's class. */
public class NetworkRequest extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("NetworkRequest", "1.3")
            .field("network_id", FieldType.string().nullable())
            .field("address", FieldType.string().nullable())
            .field("port_id", FieldType.string().nullable())
            .field("pci_request_id", FieldType.string().nullable())
            .field("tag", FieldType.string().nullable(), "1.2")
            .field("arq_uuid", FieldType.string().nullable(), "1.3")
            .field("device_profile", FieldType.string().nullable(), "1.3")
            .build();

    public NetworkRequest() {
        super(SCHEMA);
    }

    public String getNetworkId() { return str("network_id"); }
    public void setNetworkId(String v) { set("network_id", v); }
    public String getAddress() { return str("address"); }
    public void setAddress(String v) { set("address", v); }
    public String getPortId() { return str("port_id"); }
    public void setPortId(String v) { set("port_id", v); }
    public String getPciRequestId() { return str("pci_request_id"); }
    public void setPciRequestId(String v) { set("pci_request_id", v); }
    public String getTag() { return str("tag"); }
    public void setTag(String v) { set("tag", v); }
    public String getArqUuid() { return str("arq_uuid"); }
    public void setArqUuid(String v) { set("arq_uuid", v); }
    public String getDeviceProfile() { return str("device_profile"); }
    public void setDeviceProfile(String v) { set("device_profile", v); }
}
