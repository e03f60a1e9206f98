package org.jnova.common.service;

import org.jnova.domain.objects.Service;

/**
 * Persistence of the Service record, as {@code objects.Service} remotable methods do it:
 * compute implements it over the conductor (RemoteObjects), the conductor over its repository.
 */
public interface ServiceRecordStore {
    /** {@code Service.get_by_host_and_binary}; null when there is no record. */
    Service getByHostAndBinary(String host, String binary);

    /** {@code Service.create()}: persists a new record and returns it with id, uuid and created_at set. */
    Service create(Service service);

    /** {@code Service.save()}: persists the changed fields and returns the record as stored. */
    Service save(Service service);
}
