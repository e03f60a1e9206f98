package org.jnova.domain.objects;

/** Every versioned-object class jnova models, registered in one place. */
final class KnownObjects {
    private KnownObjects() {
    }

    static void registerAll() {
        ObjectRegistry.register(Instance.SCHEMA, Instance::new);
        ObjectRegistry.register(Flavor.SCHEMA, Flavor::new);
        ObjectRegistry.register(Service.SCHEMA, Service::new);
    }
}
