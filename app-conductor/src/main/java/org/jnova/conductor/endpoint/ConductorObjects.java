package org.jnova.conductor.endpoint;

import org.jnova.ports.persistence.Persistence;

/** The table of every object method the conductor serves, over one database. */
public final class ConductorObjects {
    private ConductorObjects() {
    }

    public static ObjectMethods over(Persistence db) {
        ObjectMethods table = new ObjectMethods();
        new InstanceHandlers(db.instances(), db.faults()).register(table);
        new ServiceHandlers(db.services()).register(table);
        new InstanceActionHandlers(db.actions()).register(table);
        new InstanceFaultHandlers(db.faults()).register(table);
        new ComputeNodeHandlers(db.computeNodes()).register(table);
        new FlavorHandlers(db.flavors()).register(table);
        new NoDataHandlers(db.instances()).register(table);
        return table;
    }
}
