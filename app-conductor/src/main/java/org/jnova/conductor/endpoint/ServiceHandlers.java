package org.jnova.conductor.endpoint;

import java.util.List;
import org.jnova.domain.error.ComputeHostNotFound;
import org.jnova.domain.error.ObjectActionError;
import org.jnova.domain.error.ServiceTooOld;
import org.jnova.domain.objects.Service;
import org.jnova.domain.objects.ServiceList;
import org.jnova.ports.persistence.ServiceRepository;

/** Service and ServiceList remotable methods ({@code nova/objects/service.py}). */
public final class ServiceHandlers {
    /** The zone {@code set_zones} reports: Nova's defaults for computes and for everything else. */
    static final String DEFAULT_ZONE = "nova";
    static final String INTERNAL_ZONE = "internal";

    private final ServiceRepository services;

    public ServiceHandlers(ServiceRepository services) {
        this.services = services;
    }

    public void register(ObjectMethods table) {
        table.classMethod("Service", PySignature.of("get_by_host_and_binary", "host", "binary"),
                (ctx, a) -> services.getByHostAndBinary(a.requiredString("host"), a.requiredString("binary")));
        table.classMethod("Service", PySignature.of("get_by_id", "service_id"),
                (ctx, a) -> services.getById(a.integer("service_id")));
        table.classMethod("Service", PySignature.of("get_minimum_version", "binary", "use_slave="),
                (ctx, a) -> services.minimumVersion(a.requiredString("binary")));
        table.classMethod("Service", PySignature.of("get_minimum_version_multi", "binaries", "use_slave="),
                (ctx, a) -> {
                    List<String> binaries = a.strings("binaries");
                    if (binaries == null || binaries.isEmpty()) {
                        throw new IllegalArgumentException("get_minimum_version_multi() needs at least one binary");
                    }
                    return binaries.stream().mapToInt(services::minimumVersion).min().orElse(0);
                });
        table.classMethod("Service", PySignature.of("get_by_compute_host", "host", "use_slave="), (ctx, a) -> {
            String host = a.requiredString("host");
            Service s = services.getByHostAndBinary(host, "nova-compute");
            if (s == null) {
                throw new ComputeHostNotFound(host);
            }
            return s;
        });
        table.instanceMethod("Service", Service.class, PySignature.of("create"), (ctx, self, a) -> {
            if (self.isSet("id")) {
                throw new ObjectActionError("create", "already created");
            }
            checkMinimumVersion(self);
            InstanceHandlers.copyInto(self, services.create(self));
            return null;
        });
        table.instanceMethod("Service", Service.class, PySignature.of("save"), (ctx, self, a) -> {
            checkMinimumVersion(self);
            InstanceHandlers.copyInto(self, services.save(self));
            return null;
        });
        table.instanceMethod("Service", Service.class, PySignature.of("destroy"), (ctx, self, a) -> {
            services.destroy(self.getId());
            self.load("deleted", true);
            self.resetChanges();
            return null;
        });
        table.classMethod("ServiceList", PySignature.of("get_all", "disabled=", "set_zones="), (ctx, a) -> {
            Object disabled = a.get("disabled");
            return list(services.listAll(disabled == null ? null : a.bool("disabled", false)),
                    a.bool("set_zones", false));
        });
        table.classMethod("ServiceList", PySignature.of("get_by_topic", "topic"),
                (ctx, a) -> list(services.listByTopic(a.requiredString("topic")), false));
        table.classMethod("ServiceList", PySignature.of("get_by_binary", "binary", "include_disabled="),
                (ctx, a) -> list(services.listByBinary(a.requiredString("binary"),
                        a.bool("include_disabled", false)), false));
    }

    /** {@code Service._check_minimum_version}: a service older than its running peers may not register. */
    private void checkMinimumVersion(Service self) {
        if (!self.isSet("version") || !self.isSet("binary") || self.getBinary() == null) {
            return;
        }
        int minimum = services.minimumVersion(self.getBinary());
        if (minimum > self.getVersion()) {
            throw new ServiceTooOld((int) self.getVersion(), minimum);
        }
    }

    private static ServiceList list(List<Service> rows, boolean setZones) {
        if (setZones) {
            for (Service s : rows) {
                s.load("availability_zone", "nova-compute".equals(s.getBinary()) ? DEFAULT_ZONE : INTERNAL_ZONE);
            }
        }
        ServiceList out = new ServiceList();
        out.setObjects(rows);
        out.resetChanges();
        return out;
    }
}
