package org.jnova.domain.objects;

/** BlockDeviceMappingList 1.18 (Zed): a list of BlockDeviceMapping objects. */
public class BlockDeviceMappingList extends ObjectList<BlockDeviceMapping> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("BlockDeviceMappingList", "1.18", "BlockDeviceMapping");

    public BlockDeviceMappingList() {
        super(SCHEMA, BlockDeviceMapping.class);
    }
}
