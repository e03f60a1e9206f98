package org.jnova.adapter.hypervisor.libvirt;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jnova.ports.hypervisor.AvailableResource;
import org.jnova.ports.hypervisor.HypervisorException;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;

/**
 * {@code get_available_resource} from the node's real figures: CPUs and memory from
 * {@code virNodeGetInfo}, disk from the file system holding the instances path, usage from the running
 * guests (and, on QEMU, the node's free memory as Nova reads it from the host).
 */
final class HostResources {
    private static final long GIB = 1024L * 1024 * 1024;

    private HostResources() {
    }

    static AvailableResource read(Host host, Path instancesPath) throws LibvirtException {
        Connect conn = host.connection();
        NodeInfo node = conn.nodeInfo();
        int memoryMb = (int) (node.memory / 1024);
        String type = conn.getType();
        int vcpusUsed = 0;
        long guestMemoryKib = 0;
        List<Guest> guests = host.listGuests();
        try {
            for (Guest guest : guests) {
                if (guest.isActive()) {
                    vcpusUsed += guest.vcpus();
                    guestMemoryKib += guest.memoryKib();
                }
            }
        } finally {
            guests.forEach(Guest::close);
        }
        int memoryMbUsed = "QEMU".equalsIgnoreCase(type)
                ? (int) Math.max(0, memoryMb - conn.getFreeMemory() / (1024 * 1024))
                : (int) (guestMemoryKib / 1024);
        DiskFigures disk = disk(instancesPath);
        return new AvailableResource(node.cpus, memoryMb, disk.totalGb(), vcpusUsed, memoryMbUsed,
                disk.totalGb() - disk.freeGb(), type, conn.getVersion(), host.hostname(),
                CpuInfo.json(conn.getCapabilities(), node), disk.freeGb());
    }

    private record DiskFigures(int totalGb, int freeGb) {
    }

    /** The figures of the file system that holds the instances path (or its nearest existing parent). */
    private static DiskFigures disk(Path instancesPath) {
        Path probe = instancesPath.toAbsolutePath();
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        if (probe == null) {
            throw new HypervisorException("no existing directory on the instances path " + instancesPath);
        }
        try {
            FileStore store = Files.getFileStore(probe);
            return new DiskFigures((int) (store.getTotalSpace() / GIB), (int) (store.getUsableSpace() / GIB));
        } catch (IOException e) {
            throw new HypervisorException("cannot read disk figures of " + probe + ": " + e.getMessage(), e);
        }
    }
}
