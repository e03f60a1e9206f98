package org.jnova.compute.conductor;

import jakarta.inject.Inject;
import java.util.List;
import org.jnova.common.servicegroup.ServiceLister;
import org.jnova.domain.objects.Service;
import org.jnova.domain.objects.ServiceList;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.rpcapi.RemoteObjects;

/** {@code ServiceList.get_by_topic} through the conductor, for the db servicegroup driver. */
public final class ConductorServiceLister implements ServiceLister {
    private final RemoteObjects remote;

    @Inject
    public ConductorServiceLister(RemoteObjects remote) {
        this.remote = remote;
    }

    @Override
    public List<Service> getByTopic(String topic) {
        ServiceList list = remote.serviceListGetByTopic(RequestContext.admin(), topic);
        return list == null ? List.of() : List.copyOf(list.getObjects());
    }
}
