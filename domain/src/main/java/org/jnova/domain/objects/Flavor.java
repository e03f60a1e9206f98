package org.jnova.domain.objects;

/** Flavor 1.2: the size of an instance. */
public class Flavor extends NovaObject {
    public static final ObjectSchema SCHEMA = ObjectSchema.builder("Flavor", "1.2")
            .field("id", FieldType.integer())
            .field("name", FieldType.string().nullable())
            .field("memory_mb", FieldType.integer())
            .field("vcpus", FieldType.integer())
            .field("root_gb", FieldType.integer())
            .field("ephemeral_gb", FieldType.integer())
            .field("flavorid", FieldType.string())
            .field("swap", FieldType.integer())
            .field("rxtx_factor", FieldType.floating().nullable())
            .field("vcpu_weight", FieldType.integer().nullable())
            .field("disabled", FieldType.bool())
            .field("is_public", FieldType.bool())
            .field("extra_specs", FieldType.dictOf(FieldType.string()))
            .field("projects", FieldType.listOf(FieldType.string()))
            .field("description", FieldType.string().nullable(), "1.2")
            .persistent()
            .build();

    public Flavor() {
        super(SCHEMA);
    }

    public Long getId() { return lng("id"); }
    public String getName() { return str("name"); }
    public int getMemoryMb() { return integer("memory_mb"); }
    public int getVcpus() { return integer("vcpus"); }
    public int getRootGb() { return integer("root_gb"); }
    public int getEphemeralGb() { return integer("ephemeral_gb"); }
    public String getFlavorId() { return str("flavorid"); }
    public int getSwap() { return integer("swap"); }
}
