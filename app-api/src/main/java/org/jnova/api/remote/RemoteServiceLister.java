package org.jnova.api.remote;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jnova.common.servicegroup.ServiceLister;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.rpcapi.RemoteObjects;

/** {@code ServiceList.get_by_topic} through the conductor, for the API's servicegroup driver. */
public final class RemoteServiceLister implements ServiceLister {
    private final RemoteObjects objects;

    @Inject
    public RemoteServiceLister(RemoteObjects objects) {
        this.objects = objects;
    }

    @Override
    public List<Service> getByTopic(String topic) {
        return new ArrayList<>(objects.serviceListGetByTopic(RequestContext.admin(), topic).getObjects());
    }
}
