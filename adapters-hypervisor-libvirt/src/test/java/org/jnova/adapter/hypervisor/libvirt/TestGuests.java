package org.jnova.adapter.hypervisor.libvirt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jnova.domain.objects.Flavor;
import org.jnova.domain.objects.Instance;
import org.junit.jupiter.api.Assumptions;
import org.libvirt.Connect;
import org.libvirt.Library;

/**
 * Instances and drivers for tests on libvirt's in-process test driver. Its state is shared by every
 * connection in the JVM, so each instance gets a random id (hence a unique domain name) and uuid.
 */
final class TestGuests {
    static final String TEST_URI = "test:///default";

    private TestGuests() {
    }

    /** Skips (with the reason) when Debian's libvirt0 is not installed. */
    static void assumeLibvirtInstalled() {
        boolean available;
        String reason = "";
        try {
            Library.getVersion();
            available = true;
        } catch (LinkageError | Exception e) {
            available = false;
            reason = e.toString();
        }
        Assumptions.assumeTrue(available, "SKIPPED: native libvirt0 is not installed (apt-get install libvirt0): "
                + reason);
    }

    static Instance instance() {
        Flavor flavor = new Flavor();
        flavor.set("id", 1L);
        flavor.set("name", "m1.tiny");
        flavor.set("memory_mb", 64);
        flavor.set("vcpus", 2);
        flavor.set("root_gb", 1);
        flavor.set("ephemeral_gb", 0);
        flavor.set("swap", 0);
        Instance instance = new Instance();
        instance.set("id", (long) ThreadLocalRandom.current().nextInt(0x1000000, Integer.MAX_VALUE));
        instance.set("uuid", UUID.randomUUID().toString());
        instance.set("display_name", "vm <one> & 'two'");
        instance.set("memory_mb", 64);
        instance.set("vcpus", 2);
        instance.set("user_id", "u-1");
        instance.set("project_id", "p-1");
        instance.set("image_ref", "155d900f-4e14-4e4c-a73d-069cbf4541e6");
        instance.set("flavor", flavor);
        return instance;
    }

    static LibvirtDriver driver(ScriptedBinding binding, Path statePath, int waitSoftRebootSeconds,
                                Duration stoppedDelay) {
        LibvirtConfig config = new LibvirtConfig("kvm", TEST_URI, waitSoftRebootSeconds, stoppedDelay);
        return new LibvirtDriver(config, statePath, binding);
    }

    /** A separate connection, to act on guests behind the driver's back. */
    static Connect sideConnection() throws Exception {
        return new Connect(TEST_URI);
    }
}
