package org.jnova.domain.objects;

/** InstanceActionEventList 1.1 (Zed): a list of InstanceActionEvent objects. */
public class InstanceActionEventList extends ObjectList<InstanceActionEvent> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("InstanceActionEventList", "1.1", "InstanceActionEvent");

    public InstanceActionEventList() {
        super(SCHEMA, InstanceActionEvent.class);
    }
}
