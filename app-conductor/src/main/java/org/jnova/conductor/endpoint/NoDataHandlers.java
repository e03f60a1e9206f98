package org.jnova.conductor.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.objects.BlockDeviceMappingList;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceInfoCache;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.ObjectManifest;
import org.jnova.ports.persistence.InstanceRepository;
import org.jnova.ports.persistence.StateExpectation;

/**
 * Calls a Python nova-compute makes on every start or periodic run about things jnova does not keep
 * (migrations, volumes, PCI devices, console tokens): answered with what Nova answers for a cell that
 * has none of them, so the resource tracker and the periodic tasks run instead of failing. Also
 * {@code InstanceInfoCache.save}, stored with its instance.
 */
public final class NoDataHandlers {
    private final InstanceRepository instances;

    public NoDataHandlers(InstanceRepository instances) {
        this.instances = instances;
    }

    public void register(ObjectMethods table) {
        table.classMethod("MigrationList", PySignature.of("get_in_progress_and_error", "host", "node"),
                (ctx, a) -> emptyList("MigrationList"));
        table.classMethod("MigrationList", PySignature.of("get_in_progress_by_host_and_node", "host", "node",
                "migration_type="), (ctx, a) -> emptyList("MigrationList"));
        table.classMethod("MigrationList", PySignature.of("get_unconfirmed_by_dest_compute", "confirm_window",
                "dest_compute", "use_slave="), (ctx, a) -> emptyList("MigrationList"));
        table.classMethod("PciDeviceList", PySignature.of("get_by_compute_node", "node_id"),
                (ctx, a) -> emptyList("PciDeviceList"));
        table.classMethod("ConsoleAuthToken", PySignature.of("clean_expired_console_auths"), (ctx, a) -> null);
        table.classMethod("BlockDeviceMappingList", PySignature.of("get_by_instance_uuid", "instance_uuid",
                "use_slave="), (ctx, a) -> {
                    BlockDeviceMappingList none = new BlockDeviceMappingList();
                    none.setObjects(new ArrayList<>());
                    none.resetChanges();
                    return none;
                });
        table.instanceMethod("InstanceInfoCache", InstanceInfoCache.class, PySignature.of("save", "update_cells="),
                (ctx, self, a) -> {
                    Instance owner = instances.getByUuid(String.valueOf(self.get("instance_uuid")));
                    NovaObject cache = self.copy();
                    cache.resetChanges();
                    owner.set("info_cache", cache);
                    instances.save(owner, StateExpectation.NONE);
                    self.resetChanges();
                    return null;
                });
    }

    /** The primitive of an empty list of a class jnova does not model, at its Zed version. */
    static Map<String, Object> emptyList(String listName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("objects", new ArrayList<>());
        Map<String, Object> prim = new LinkedHashMap<>();
        prim.put(NovaObject.NAME_KEY, listName);
        prim.put(NovaObject.NAMESPACE_KEY, NovaObject.NAMESPACE);
        prim.put(NovaObject.VERSION_KEY, ObjectManifest.treeVersions(listName).get(listName));
        prim.put(NovaObject.DATA_KEY, data);
        return prim;
    }
}
