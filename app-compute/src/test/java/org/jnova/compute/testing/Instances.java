package org.jnova.compute.testing;

import java.util.Map;
import java.util.UUID;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;

/** Instances as the API would hand them to the compute. */
public final class Instances {
    private static long nextId = 1;

    private Instances() {
    }

    public static synchronized Instance of(String host, VmState vm, TaskState task, PowerState power,
                                           Map<String, String> metadata) {
        Instance i = new Instance();
        i.set("id", nextId++);
        i.set("uuid", UUID.randomUUID().toString());
        i.set("host", host);
        i.set("node", host);
        i.setVmState(vm);
        i.setTaskState(task);
        i.setPowerState(power);
        i.set("vcpus", 1);
        i.set("memory_mb", 256);
        i.set("root_gb", 1);
        i.set("ephemeral_gb", 0);
        i.set("metadata", metadata);
        i.set("system_metadata", Map.of());
        i.set("project_id", "p1");
        i.set("user_id", "u1");
        i.resetChanges();
        return i;
    }
}
