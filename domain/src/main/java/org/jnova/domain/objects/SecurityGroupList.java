package org.jnova.domain.objects;

/** SecurityGroupList 1.1 (Zed): a list of SecurityGroup objects. */
public class SecurityGroupList extends ObjectList<SecurityGroup> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("SecurityGroupList", "1.1", "SecurityGroup");

    public SecurityGroupList() {
        super(SCHEMA, SecurityGroup.class);
    }
}
