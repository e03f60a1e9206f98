package org.jnova.compute.conductor;

import org.jnova.common.service.ServiceRecordStore;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.rpcapi.RemoteObjects;

/** The compute's Service record, read and written through the conductor with an admin context. */
public final class ConductorServiceRecordStore implements ServiceRecordStore {
    private final RemoteObjects remote;

    public ConductorServiceRecordStore(RemoteObjects remote) {
        this.remote = remote;
    }

    @Override
    public Service getByHostAndBinary(String host, String binary) {
        return remote.serviceGetByHostAndBinary(RequestContext.admin(), host, binary);
    }

    @Override
    public Service create(Service service) {
        remote.serviceCreate(RequestContext.admin(), service);
        return service;
    }

    @Override
    public Service save(Service service) {
        remote.serviceSave(RequestContext.admin(), service);
        return service;
    }
}
