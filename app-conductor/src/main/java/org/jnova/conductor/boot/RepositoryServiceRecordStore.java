package org.jnova.conductor.boot;

import org.jnova.common.service.ServiceRecordStore;
import org.jnova.domain.objects.Service;
import org.jnova.ports.persistence.ServiceRepository;

/** The conductor's own service record, straight from its database (no RPC). */
final class RepositoryServiceRecordStore implements ServiceRecordStore {
    private final ServiceRepository services;

    RepositoryServiceRecordStore(ServiceRepository services) {
        this.services = services;
    }

    @Override
    public Service getByHostAndBinary(String host, String binary) {
        return services.getByHostAndBinary(host, binary);
    }

    @Override
    public Service create(Service service) {
        return services.create(service);
    }

    @Override
    public Service save(Service service) {
        return services.save(service);
    }
}
