package org.jnova.domain.objects;

/** TagList 1.1 (Zed): a list of Tag objects. */
public class TagList extends ObjectList<Tag> {
    public static final ObjectSchema SCHEMA = ObjectList.schema("TagList", "1.1", "Tag");

    public TagList() {
        super(SCHEMA, Tag.class);
    }
}
