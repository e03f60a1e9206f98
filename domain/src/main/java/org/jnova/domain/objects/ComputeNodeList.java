package org.jnova.domain.objects;

/** ComputeNodeList 1.17 (Zed): a list of ComputeNode objects. */
public class ComputeNodeList extends ObjectList<ComputeNode> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("ComputeNodeList", "1.17", "ComputeNode");

    public ComputeNodeList() {
        super(SCHEMA, ComputeNode.class);
    }
}
