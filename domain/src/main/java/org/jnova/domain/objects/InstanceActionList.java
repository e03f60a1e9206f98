package org.jnova.domain.objects;

/** InstanceActionList 1.1 (Zed): a list of InstanceAction objects. */
public class InstanceActionList extends ObjectList<InstanceAction> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("InstanceActionList", "1.1", "InstanceAction");

    public InstanceActionList() {
        super(SCHEMA, InstanceAction.class);
    }
}
