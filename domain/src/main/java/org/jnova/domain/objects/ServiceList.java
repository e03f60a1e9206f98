package org.jnova.domain.objects;

/** ServiceList 1.19 (Zed): a list of Service objects. */
public class ServiceList extends ObjectList<Service> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("ServiceList", "1.19", "Service");

    public ServiceList() {
        super(SCHEMA, Service.class);
    }
}
