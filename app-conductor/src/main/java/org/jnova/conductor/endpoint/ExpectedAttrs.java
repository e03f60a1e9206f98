package org.jnova.conductor.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.InstanceInfoCache;
import org.jnova.domain.objects.KeyPairList;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.objects.SecurityGroupList;
import org.jnova.domain.objects.TagList;
import org.jnova.ports.persistence.InstanceFaultRepository;

/**
 * Fills the joined fields a caller asked for in {@code expected_attrs} that the stored row does not
 * carry, with what Nova would load for an instance that has none of them (empty lists, an empty
 * network cache, null topology ...). Without this a Python caller would lazy-load each of them
 * through further conductor calls this conductor does not serve.
 */
final class ExpectedAttrs {
    private ExpectedAttrs() {
    }

    static void fill(Instance instance, List<String> expected, InstanceFaultRepository faults) {
        if (expected == null) {
            return;
        }
        for (String attr : expected) {
            if (!instance.schema().hasField(attr) || instance.isSet(attr)) {
                continue;
            }
            switch (attr) {
                case "metadata", "system_metadata" -> instance.load(attr, new LinkedHashMap<>());
                case "info_cache" -> instance.load(attr, emptyInfoCache(instance.getUuid()));
                case "security_groups" -> instance.load(attr, empty(new SecurityGroupList()));
                case "tags" -> instance.load(attr, empty(new TagList()));
                case "keypairs" -> instance.load(attr, empty(new KeyPairList()));
                case "fault" -> instance.load(attr, faults.latestForInstance(instance.getUuid()));
                case "numa_topology", "pci_requests", "pci_devices", "device_metadata", "vcpu_model",
                        "migration_context", "trusted_certs", "resources", "old_flavor", "new_flavor" ->
                        instance.load(attr, null);
                default -> {
                    // flavor, ec2_ids, services: left unset rather than invented
                }
            }
        }
        instance.resetChanges(expected);
    }

    private static InstanceInfoCache emptyInfoCache(String uuid) {
        InstanceInfoCache cache = new InstanceInfoCache();
        cache.load("instance_uuid", uuid);
        cache.load("network_info", "[]");
        return cache;
    }

    private static <T extends NovaObject> T empty(T list) {
        list.load("objects", new java.util.ArrayList<>());
        return list;
    }
}
