package org.jnova.domain.objects;

/** KeyPairList 1.3 (Zed): a list of KeyPair objects. */
public class KeyPairList extends ObjectList<KeyPair> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("KeyPairList", "1.3", "KeyPair");

    public KeyPairList() {
        super(SCHEMA, KeyPair.class);
    }
}
