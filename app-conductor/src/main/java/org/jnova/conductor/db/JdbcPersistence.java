package org.jnova.conductor.db;

import org.jnova.ports.persistence.ComputeNodeRepository;
import org.jnova.ports.persistence.FlavorRepository;
import org.jnova.ports.persistence.InstanceActionRepository;
import org.jnova.ports.persistence.InstanceFaultRepository;
import org.jnova.ports.persistence.InstanceRepository;
import org.jnova.ports.persistence.Persistence;
import org.jnova.ports.persistence.ServiceRepository;

/** Every repository over one migrated, seeded database. */
public final class JdbcPersistence implements Persistence {
    private final Database db;
    private final InstanceRepository instances;
    private final ServiceRepository services;
    private final InstanceActionRepository actions;
    private final InstanceFaultRepository faults;
    private final ComputeNodeRepository computeNodes;
    private final JdbcFlavorRepository flavors;

    private JdbcPersistence(Database db) {
        this.db = db;
        this.instances = new JdbcInstanceRepository(db);
        this.services = new JdbcServiceRepository(db);
        this.actions = new JdbcInstanceActionRepository(db);
        this.faults = new JdbcInstanceFaultRepository(db);
        this.computeNodes = new JdbcComputeNodeRepository(db);
        this.flavors = new JdbcFlavorRepository(db);
    }

    /** Opens the repositories over {@code db} (already migrated) and seeds the classic flavors. */
    public static JdbcPersistence over(Database db) {
        JdbcPersistence p = new JdbcPersistence(db);
        p.flavors.seed();
        return p;
    }

    @Override
    public InstanceRepository instances() {
        return instances;
    }

    @Override
    public ServiceRepository services() {
        return services;
    }

    @Override
    public InstanceActionRepository actions() {
        return actions;
    }

    @Override
    public InstanceFaultRepository faults() {
        return faults;
    }

    @Override
    public ComputeNodeRepository computeNodes() {
        return computeNodes;
    }

    @Override
    public FlavorRepository flavors() {
        return flavors;
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        db.close();
    }
}
