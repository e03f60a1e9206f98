package org.jnova.adapter.hypervisor.libvirt;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorException;

/**
 * The guest definition Nova's {@code get_guest_xml} would write for jnova's supported subset: Nova's
 * domain name and uuid, memory and vCPUs from the instance (or its flavor), SMBIOS identity and the
 * {@code nova:instance} metadata. No disks or NICs: jnova does not manage images or networks.
 */
final class DomainXml {
    static final String NOVA_NAMESPACE = "http://openstack.org/xmlns/libvirt/nova/1.1";
    static final String PACKAGE_VERSION = "jnova-0.1.0";

    private static final DateTimeFormatter CREATION_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private DomainXml() {
    }

    /** Nova's domain name: {@code instance-%08x} of the database id. */
    static String nameOf(Instance instance) {
        String name = instance.getName();
        if (name == null) {
            throw new HypervisorException("instance " + uuidOf(instance) + " has no database id, so it has no "
                    + "libvirt domain name (instance-%08x)");
        }
        return name;
    }

    static String uuidOf(Instance instance) {
        String uuid = instance.getUuid();
        if (uuid == null || uuid.isBlank()) {
            throw new HypervisorException("instance has no uuid; libvirt identifies guests by it");
        }
        return uuid;
    }

    static String build(Instance instance, Map<String, Object> imageMeta, RequestContext context,
                        String domainType, Instant createdAt) {
        String uuid = uuidOf(instance);
        String name = nameOf(instance);
        Flavor flavor = instance.getFlavor();
        int memoryMb = positive("memory_mb", instance.getMemoryMb(), flavorInt(flavor, "memory_mb"), uuid);
        int vcpus = positive("vcpus", instance.getVcpus(), flavorInt(flavor, "vcpus"), uuid);

        StringBuilder x = new StringBuilder(2048);
        x.append("<domain type='").append(escape(domainType)).append("'>\n");
        x.append("  <uuid>").append(escape(uuid)).append("</uuid>\n");
        x.append("  <name>").append(escape(name)).append("</name>\n");
        x.append("  <memory>").append((long) memoryMb * 1024).append("</memory>\n");
        x.append("  <vcpu>").append(vcpus).append("</vcpu>\n");
        appendMetadata(x, instance, flavor, imageMeta, context, memoryMb, vcpus, createdAt);
        x.append("  <sysinfo type='smbios'>\n    <system>\n");
        entry(x, "manufacturer", "OpenStack Foundation");
        entry(x, "product", "OpenStack Nova");
        entry(x, "version", PACKAGE_VERSION);
        entry(x, "serial", uuid);
        entry(x, "uuid", uuid);
        entry(x, "family", "Virtual Machine");
        x.append("    </system>\n  </sysinfo>\n");
        x.append("  <os>\n    <type>hvm</type>\n    <boot dev='hd'/>\n    <smbios mode='sysinfo'/>\n  </os>\n");
        x.append("  <features>\n    <acpi/>\n    <apic/>\n  </features>\n");
        x.append("  <clock offset='utc'/>\n");
        x.append("  <on_poweroff>destroy</on_poweroff>\n  <on_reboot>restart</on_reboot>\n");
        x.append("  <on_crash>destroy</on_crash>\n");
        if (!"test".equals(domainType)) {
            x.append("  <devices>\n    <serial type='pty'/>\n    <console type='pty'/>\n  </devices>\n");
        }
        x.append("</domain>\n");
        return x.toString();
    }

    private static void appendMetadata(StringBuilder x, Instance instance, Flavor flavor, Map<String, Object> imageMeta,
                                       RequestContext context, int memoryMb, int vcpus, Instant createdAt) {
        x.append("  <metadata>\n");
        x.append("    <nova:instance xmlns:nova='").append(NOVA_NAMESPACE).append("'>\n");
        x.append("      <nova:package version='").append(PACKAGE_VERSION).append("'/>\n");
        String displayName = instance.getDisplayName();
        x.append("      <nova:name>").append(escape(displayName == null ? "" : displayName)).append("</nova:name>\n");
        x.append("      <nova:creationTime>").append(CREATION_TIME.format(createdAt)).append("</nova:creationTime>\n");
        String flavorName = flavor == null ? null : flavor.getName();
        x.append("      <nova:flavor name='").append(escape(nz(flavorName))).append("'>\n");
        x.append("        <nova:memory>").append(memoryMb).append("</nova:memory>\n");
        x.append("        <nova:disk>").append(orZero(flavorInt(flavor, "root_gb"))).append("</nova:disk>\n");
        x.append("        <nova:swap>").append(orZero(flavorInt(flavor, "swap"))).append("</nova:swap>\n");
        x.append("        <nova:ephemeral>").append(orZero(flavorInt(flavor, "ephemeral_gb"))).append("</nova:ephemeral>\n");
        x.append("        <nova:vcpus>").append(vcpus).append("</nova:vcpus>\n");
        x.append("      </nova:flavor>\n");
        String userId = instance.getUserId();
        String projectId = instance.getProjectId();
        x.append("      <nova:owner>\n");
        x.append("        <nova:user uuid='").append(escape(nz(userId))).append("'>")
                .append(escape(contextValue(context, "user_name", userId))).append("</nova:user>\n");
        x.append("        <nova:project uuid='").append(escape(nz(projectId))).append("'>")
                .append(escape(contextValue(context, "project_name", projectId))).append("</nova:project>\n");
        x.append("      </nova:owner>\n");
        String imageId = imageMeta != null && imageMeta.get("id") != null ? imageMeta.get("id").toString()
                : instance.getImageRef();
        if (imageId != null && !imageId.isEmpty()) {
            x.append("      <nova:root type='image' uuid='").append(escape(imageId)).append("'/>\n");
        }
        x.append("    </nova:instance>\n");
        x.append("  </metadata>\n");
    }

    /** A flavor figure, null when there is no flavor or the field is unset. */
    private static Integer flavorInt(Flavor flavor, String field) {
        Object v = flavor == null ? null : flavor.get(field);
        return v instanceof Number n ? n.intValue() : null;
    }

    private static int positive(String field, Integer fromInstance, Integer fromFlavor, String uuid) {
        Integer value = fromInstance != null ? fromInstance : fromFlavor;
        if (value == null || value <= 0) {
            throw new HypervisorException("instance " + uuid + " has no positive " + field
                    + " (neither on the instance nor on its flavor); cannot size the guest");
        }
        return value;
    }

    private static String contextValue(RequestContext context, String key, String fallback) {
        Object v = context == null ? null : context.get(key);
        return v != null ? v.toString() : nz(fallback);
    }

    private static void entry(StringBuilder x, String name, String value) {
        x.append("      <entry name='").append(name).append("'>").append(escape(value)).append("</entry>\n");
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&apos;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
