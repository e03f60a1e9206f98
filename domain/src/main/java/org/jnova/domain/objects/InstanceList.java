package org.jnova.domain.objects;

/** InstanceList 2.6 (Zed): a list of Instance objects. */
public class InstanceList extends ObjectList<Instance> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("InstanceList", "2.6", "Instance");

    public InstanceList() {
        super(SCHEMA, Instance.class);
    }
}
