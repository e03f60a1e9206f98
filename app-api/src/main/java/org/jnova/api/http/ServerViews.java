package org.jnova.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ServerStatus;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.objects.NovaObject;

/** The server JSON views of {@code nova/api/openstack/compute/views/servers.py} (microversion 2.1). */
final class ServerViews {
    private ServerViews() {
    }

    /** The list entry: id, name, links. */
    static Map<String, Object> basic(ApiRequest req, Instance instance) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", instance.getUuid());
        s.put("name", instance.getDisplayName());
        s.put("links", req.links("servers/" + instance.getUuid()));
        return s;
    }

    /** The detailed view with the extended attributes; {@code fault} is shown when one is given. */
    static Map<String, Object> detail(ApiRequest req, Instance instance, NovaObject fault) {
        String uuid = instance.getUuid();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", uuid);
        s.put("name", instance.getDisplayName());
        s.put("status", ServerStatus.of(instance.getVmState(), instance.getTaskState()));
        s.put("tenant_id", instance.getProjectId());
        s.put("user_id", instance.getUserId());
        s.put("metadata", instance.isSet("metadata") ? instance.getMetadata() : JsonMaps.of());
        s.put("hostId", hostId(instance.getProjectId(), instance.getHost()));
        String image = instance.getImageRef();
        s.put("image", image == null || image.isEmpty() ? ""
                : JsonMaps.of("id", image, "links", List.of(JsonMaps.of("href", req.bookmarkLink("images/" + image), "rel", "bookmark"))));
        Flavor flavor = instance.isSet("flavor") ? instance.getFlavor() : null;
        String flavorId = flavor == null ? null : flavor.getFlavorId();
        s.put("flavor", flavorId == null ? JsonMaps.of() : JsonMaps.of("id", flavorId,
                "links", List.of(JsonMaps.of("href", req.bookmarkLink("flavors/" + flavorId), "rel", "bookmark"))));
        Object created = field(instance, "created_at");
        Object updated = field(instance, "updated_at");
        s.put("created", ApiTimes.isotime(created));
        s.put("updated", ApiTimes.isotime(updated == null ? created : updated));
        s.put("addresses", JsonMaps.of());
        s.put("accessIPv4", "");
        s.put("accessIPv6", "");
        s.put("links", req.links("servers/" + uuid));
        s.put("OS-DCF:diskConfig", "MANUAL");
        s.put("progress", progress(instance));
        s.put("OS-EXT-AZ:availability_zone", field(instance, "availability_zone") == null ? "nova"
                : field(instance, "availability_zone"));
        s.put("config_drive", "");
        s.put("key_name", field(instance, "key_name"));
        s.put("OS-SRV-USG:launched_at", ApiTimes.primitive(field(instance, "launched_at")));
        s.put("OS-SRV-USG:terminated_at", ApiTimes.primitive(field(instance, "terminated_at")));
        s.put("OS-EXT-SRV-ATTR:host", instance.getHost());
        s.put("OS-EXT-SRV-ATTR:instance_name", instance.isSet("id") ? instance.getName() : "");
        s.put("OS-EXT-SRV-ATTR:hypervisor_hostname", instance.getNode());
        s.put("OS-EXT-STS:task_state", field(instance, "task_state"));
        s.put("OS-EXT-STS:vm_state", field(instance, "vm_state"));
        s.put("OS-EXT-STS:power_state", instance.getPowerState().code());
        s.put("os-extended-volumes:volumes_attached", List.of());
        s.put("security_groups", List.of(JsonMaps.of("name", "default")));
        if (fault != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("code", fault.get("code"));
            f.put("message", fault.get("message"));
            f.put("created", ApiTimes.isotime(fault.isSet("created_at") ? fault.get("created_at") : null));
            s.put("fault", f);
        }
        return s;
    }

    private static Object progress(Instance instance) {
        Object p = field(instance, "progress");
        return p == null ? 0L : p;
    }

    /** A field's value, null when unset (views must not fail on a partially loaded instance). */
    static Object field(NovaObject o, String name) {
        return o.schema().hasField(name) && o.isSet(name) ? o.get(name) : null;
    }

    /** {@code _get_host_id}: sha224 of project_id + host, empty without a host. */
    static String hostId(String projectId, String host) {
        if (host == null || host.isEmpty()) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-224")
                    .digest(((projectId == null ? "" : projectId) + host).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-224 is required by the JDK", e);
        }
    }
}
