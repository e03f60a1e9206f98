package org.jnova.domain.objects;

/** FlavorList 1.1 (Zed): a list of Flavor objects. */
public class FlavorList extends ObjectList<Flavor> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("FlavorList", "1.1", "Flavor");

    public FlavorList() {
        super(SCHEMA, Flavor.class);
    }
}
