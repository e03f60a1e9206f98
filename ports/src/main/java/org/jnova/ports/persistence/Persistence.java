package org.jnova.ports.persistence;

/** Every repository of one cell database, opened together and closed together. */
public interface Persistence extends AutoCloseable {
    InstanceRepository instances();

    ServiceRepository services();

    InstanceActionRepository actions();

    InstanceFaultRepository faults();

    ComputeNodeRepository computeNodes();

    FlavorRepository flavors();

    @Override
    void close();
}
