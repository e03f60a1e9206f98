package org.jnova.domain.objects;

/** NetworkRequestList 1.1 (Zed): a list of NetworkRequest objects. */
public class NetworkRequestList extends ObjectList<NetworkRequest> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("NetworkRequestList", "1.1", "NetworkRequest");

    public NetworkRequestList() {
        super(SCHEMA, NetworkRequest.class);
    }
}
