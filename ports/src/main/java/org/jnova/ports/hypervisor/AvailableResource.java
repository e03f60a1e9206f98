package org.jnova.ports.hypervisor;

/**
 * What {@code get_available_resource(nodename)} reports (spec §9.2): totals, usage, and the hypervisor's
 * identity. {@code cpuInfo} is a JSON string, as in Nova.
 */
public record AvailableResource(int vcpus, int memoryMb, int localGb, int vcpusUsed, int memoryMbUsed,
                                int localGbUsed, String hypervisorType, long hypervisorVersion,
                                String hypervisorHostname, String cpuInfo, int diskAvailableLeast) {
}
