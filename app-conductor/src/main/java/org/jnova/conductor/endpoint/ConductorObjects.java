package org.jnova.conductor.endpoint;

import java.util.function.Consumer;
import org.jnova.ports.persistence.Persistence;

/** The table of every object method the conductor serves, over one database. */
public final class ConductorObjects {
    private ConductorObjects() {
    }

    /** @param releaseAllocations gives an instance's Placement allocations back (failed build, destroy) */
    public static ObjectMethods over(Persistence db, Consumer<String> releaseAllocations) {
        ObjectMethods table = new ObjectMethods();
        new InstanceHandlers(db.instances(), db.faults(), releaseAllocations).register(table);
        new ServiceHandlers(db.services()).register(table);
        new InstanceActionHandlers(db.actions()).register(table);
        new InstanceFaultHandlers(db.faults()).register(table);
        new ComputeNodeHandlers(db.computeNodes()).register(table);
        new FlavorHandlers(db.flavors()).register(table);
        new NoDataHandlers(db.instances()).register(table);
        return table;
    }
}
