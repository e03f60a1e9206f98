package org.jnova.conductor.boot;

import jakarta.inject.Inject;
import java.util.List;
import org.jnova.common.servicegroup.ServiceLister;
import org.jnova.domain.objects.Service;
import org.jnova.ports.persistence.Persistence;

/** {@code ServiceList.get_by_topic} for the servicegroup driver, from the conductor's database. */
final class RepositoryServiceLister implements ServiceLister {
    private final Persistence db;

    @Inject
    RepositoryServiceLister(Persistence db) {
        this.db = db;
    }

    @Override
    public List<Service> getByTopic(String topic) {
        return db.services().listByTopic(topic);
    }
}
