package org.jnova.adapter.hypervisor.fake;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jnova.domain.objects.Instance;
import org.jnova.ports.hypervisor.HypervisorException;

/**
 * Decides whether an operation must fail: when {@code [fake_driver] fail_operations} lists it for all
 * instances, or the instance's metadata {@code fake_fail} (comma-separated) lists it for that one.
 */
final class FaultInjector {
    static final String METADATA_KEY = "fake_fail";

    private final Set<FakeOperation> alwaysFailing;

    FaultInjector(List<String> failOperations) {
        Set<FakeOperation> ops = EnumSet.noneOf(FakeOperation.class);
        for (String name : failOperations) {
            if (!name.isBlank()) {
                ops.add(FakeOperation.parse(name));
            }
        }
        this.alwaysFailing = ops;
    }

    /** Throws the injected failure if {@code op} is configured to fail for this instance. */
    void check(FakeOperation op, Instance instance) {
        if (alwaysFailing.contains(op) || metadataRequests(op, instance)) {
            throw new HypervisorException("fake failure injected into " + op.configName()
                    + " for instance " + instance.getUuid());
        }
    }

    private static boolean metadataRequests(FakeOperation op, Instance instance) {
        if (!instance.isSet("metadata")) {
            return false;
        }
        String spec = instance.getMetadata().get(METADATA_KEY);
        if (spec == null) {
            return false;
        }
        for (String name : spec.split(",")) {
            if (name.trim().equalsIgnoreCase(op.configName())) {
                return true;
            }
        }
        return false;
    }
}
