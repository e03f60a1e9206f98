package org.jnova.compute.objects;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.common.placement.ProviderReporter;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.ports.hypervisor.AvailableResource;

/**
 * What the resource tracker writes into a ComputeNode record for one node: the driver's totals and
 * identity, what its instances and builds use (the tracker's sums, as Nova's resource tracker counts
 * them) with the derived free amounts, the running guest count, the owning service and the stats the
 * scheduler weighs ({@code failed_builds}: consecutive failed builds on the node).
 */
public record ComputeNodeFigures(String host, Long serviceId, AvailableResource resource, ResourceRequest used,
                                 int runningVms, int failedBuilds) {

    /** Nova's {@code initial_*_allocation_ratio} defaults, written when a node is created. */
    public static final double CPU_ALLOCATION_RATIO = 16.0;
    public static final double RAM_ALLOCATION_RATIO = 1.5;
    public static final double DISK_ALLOCATION_RATIO = 1.0;
    /** The stats key of the resource tracker's consecutive failed builds ({@code nova/compute/stats.py}). */
    public static final String FAILED_BUILDS = "failed_builds";

    public String nodename() {
        return resource.hypervisorHostname();
    }

    /** The ComputeNode field values, by Nova's field names. */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("host", host);
        if (serviceId != null) {
            f.put("service_id", serviceId);
        }
        f.put("hypervisor_hostname", resource.hypervisorHostname());
        f.put("vcpus", resource.vcpus());
        f.put("memory_mb", resource.memoryMb());
        f.put("local_gb", resource.localGb());
        f.put("vcpus_used", used.vcpus());
        f.put("memory_mb_used", used.memoryMb());
        f.put("local_gb_used", used.diskGb());
        f.put("hypervisor_type", resource.hypervisorType());
        f.put("hypervisor_version", resource.hypervisorVersion());
        f.put("cpu_info", resource.cpuInfo());
        f.put("free_ram_mb", resource.memoryMb() - used.memoryMb());
        f.put("free_disk_gb", resource.localGb() - used.diskGb());
        f.put("running_vms", runningVms);
        f.put("current_workload", 0);
        f.put("disk_available_least", resource.diskAvailableLeast());
        f.put("cpu_allocation_ratio", CPU_ALLOCATION_RATIO);
        f.put("ram_allocation_ratio", RAM_ALLOCATION_RATIO);
        f.put("disk_allocation_ratio", DISK_ALLOCATION_RATIO);
        f.put("stats", Map.of(FAILED_BUILDS, String.valueOf(failedBuilds)));
        return f;
    }

    /** The node's inventory figures for Placement and the compute's own claims: totals and these ratios. */
    public static ProviderReporter.NodeFigures placementFigures(AvailableResource resource) {
        return new ProviderReporter.NodeFigures(resource.vcpus(), resource.memoryMb(), resource.localGb(),
                CPU_ALLOCATION_RATIO, RAM_ALLOCATION_RATIO, DISK_ALLOCATION_RATIO);
    }
}
