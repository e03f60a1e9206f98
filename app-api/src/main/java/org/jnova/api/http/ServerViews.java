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

/** The server JSON views of {@code nova/api/openstack/compute/views/servers.py}, by microversion. */
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

    /** What the caller may see beside the base view (Nova decides each by policy). */
    record Shown(boolean extendedAttributes, String hostStatus) {
    }

    private static final java.util.Set<String> PROGRESS_STATUSES = java.util.Set.of("ACTIVE", "BUILD", "REBUILD",
            "RESIZE", "VERIFY_RESIZE", "MIGRATING");
    static final java.util.Set<String> FAULT_STATUSES = java.util.Set.of("ERROR", "DELETED");

    /**
     * {@code ViewBuilder.show} at the request's microversion: the fault only in ERROR and DELETED, progress
     * only while it means something, {@code OS-EXT-SRV-ATTR:*} only when {@code shown} says the policy
     * allows them (2.3 adds reservation_id...user_data), host_status (2.16, when allowed), locked (2.9),
     * description (2.19), tags (2.26). jnova's servers have no ports, hence no security_groups (Nova lists
     * them from Neutron's ports).
     */
    static Map<String, Object> detail(ApiRequest req, Instance instance, NovaObject fault, Shown shown) {
        String uuid = instance.getUuid();
        Map<String, Object> s = new LinkedHashMap<>();
        String status = ServerStatus.of(instance.getVmState(), instance.getTaskState());
        s.put("id", uuid);
        s.put("name", instance.getDisplayName());
        s.put("status", status);
        s.put("tenant_id", instance.getProjectId() == null ? "" : instance.getProjectId());
        s.put("user_id", instance.getUserId() == null ? "" : instance.getUserId());
        s.put("metadata", instance.isSet("metadata") ? instance.getMetadata() : JsonMaps.of());
        s.put("hostId", hostId(instance.getProjectId(), instance.getHost()));
        String image = instance.getImageRef();
        s.put("image", image == null || image.isEmpty() ? ""
                : JsonMaps.of("id", image, "links", List.of(JsonMaps.of("rel", "bookmark", "href", req.bookmarkLink("images/" + image)))));
        Flavor flavor = instance.isSet("flavor") ? instance.getFlavor() : null;
        String flavorId = flavor == null ? null : flavor.getFlavorId();
        s.put("flavor", flavorId == null ? JsonMaps.of() : JsonMaps.of("id", flavorId,
                "links", List.of(JsonMaps.of("rel", "bookmark", "href", req.bookmarkLink("flavors/" + flavorId)))));
        Object created = field(instance, "created_at");
        Object updated = field(instance, "updated_at");
        s.put("created", ApiTimes.isotime(created));
        s.put("updated", ApiTimes.isotime(updated == null ? created : updated));
        s.put("addresses", JsonMaps.of());
        s.put("accessIPv4", "");
        s.put("accessIPv6", "");
        s.put("links", req.links("servers/" + uuid));
        s.put("OS-DCF:diskConfig", Boolean.TRUE.equals(field(instance, "auto_disk_config")) ? "AUTO" : "MANUAL");
        if (FAULT_STATUSES.contains(status) && fault != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("code", fault.get("code"));
            f.put("created", ApiTimes.isotime(fault.isSet("created_at") ? fault.get("created_at") : null));
            f.put("message", fault.get("message"));
            Object details = field(fault, "details");
            if (details != null && !"".equals(details)
                    && (req.context().isAdmin() || !Long.valueOf(500).equals(asLong(fault.get("code"))))) {
                f.put("details", details);
            }
            s.put("fault", f);
        }
        if (PROGRESS_STATUSES.contains(status)) {
            s.put("progress", progress(instance));
        }
        Object az = instance.getHost() == null || instance.getHost().isEmpty() ? field(instance, "availability_zone") : "nova";
        s.put("OS-EXT-AZ:availability_zone", az == null ? "" : az);
        Object configDrive = field(instance, "config_drive");
        s.put("config_drive", configDrive == null ? "" : configDrive);
        s.put("key_name", field(instance, "key_name"));
        s.put("OS-SRV-USG:launched_at", ApiTimes.primitive(field(instance, "launched_at")));
        s.put("OS-SRV-USG:terminated_at", ApiTimes.primitive(field(instance, "terminated_at")));
        if (shown.extendedAttributes()) {
            s.put("OS-EXT-SRV-ATTR:host", instance.getHost());
            s.put("OS-EXT-SRV-ATTR:instance_name", instance.isSet("id") ? instance.getName() : "");
            s.put("OS-EXT-SRV-ATTR:hypervisor_hostname", instance.getNode());
            if (req.atLeast("2.3")) {
                s.put("OS-EXT-SRV-ATTR:reservation_id", field(instance, "reservation_id"));
                s.put("OS-EXT-SRV-ATTR:launch_index", field(instance, "launch_index"));
                s.put("OS-EXT-SRV-ATTR:hostname", field(instance, "hostname"));
                s.put("OS-EXT-SRV-ATTR:kernel_id", orEmpty(field(instance, "kernel_id")));
                s.put("OS-EXT-SRV-ATTR:ramdisk_id", orEmpty(field(instance, "ramdisk_id")));
                s.put("OS-EXT-SRV-ATTR:root_device_name", field(instance, "root_device_name"));
                s.put("OS-EXT-SRV-ATTR:user_data", field(instance, "user_data"));
            }
        }
        s.put("OS-EXT-STS:task_state", field(instance, "task_state"));
        s.put("OS-EXT-STS:vm_state", field(instance, "vm_state"));
        s.put("OS-EXT-STS:power_state", instance.getPowerState().code());
        s.put("os-extended-volumes:volumes_attached", List.of());
        if (req.atLeast("2.16") && shown.hostStatus() != null) {
            s.put("host_status", shown.hostStatus());
        }
        if (req.atLeast("2.9")) {
            s.put("locked", field(instance, "locked_by") != null);
        }
        if (req.atLeast("2.19")) {
            s.put("description", field(instance, "display_description"));
        }
        if (req.atLeast("2.26")) {
            s.put("tags", List.of());
        }
        return s;
    }

    private static Object orEmpty(Object v) {
        return v == null ? "" : v;
    }

    private static Long asLong(Object o) {
        return o instanceof Number n ? n.longValue() : null;
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
