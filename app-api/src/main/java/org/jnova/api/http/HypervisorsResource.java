package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Service;

/**
 * {@code GET /os-hypervisors}, {@code /os-hypervisors/detail}, {@code /os-hypervisors/{id}} and
 * {@code /os-hypervisors/statistics} at microversion 2.1 ({@code nova/api/openstack/compute/hypervisors.py}):
 * the compute node records with their service's state and status, integer ids, and in the detail the
 * totals, what is used (the compute's resource tracker) and what is free. Nodes without a compute service
 * record are left out, as Nova does. Admin-only in Nova ({@code os_compute_api:os-hypervisors:*}).
 */
final class HypervisorsResource {
    /** The detail's resource figures, in Nova's order. */
    private static final List<String> FIGURES = List.of("vcpus", "memory_mb", "local_gb", "vcpus_used",
            "memory_mb_used", "local_gb_used", "free_ram_mb", "free_disk_gb", "current_workload", "running_vms",
            "disk_available_least");
    /** What {@code compute_node_statistics} sums; {@code count} is the number of nodes summed. */
    private static final List<String> STATISTICS = List.of("vcpus", "memory_mb", "local_gb", "vcpus_used",
            "memory_mb_used", "local_gb_used", "free_ram_mb", "free_disk_gb", "current_workload", "running_vms",
            "disk_available_least");

    private final ComputeBackend backend;

    HypervisorsResource(ComputeBackend backend) {
        this.backend = backend;
    }

    ApiResponse list(ApiRequest req, boolean detail) {
        Map<String, Service> services = computeServices(req);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ComputeNode node : backend.listComputeNodes(req.context())) {
            Service service = services.get(node.getHost());
            if (service != null) {
                out.add(view(node, service, detail));
            }
        }
        return ApiResponse.ok(JsonMaps.of("hypervisors", out));
    }

    ApiResponse show(ApiRequest req, String id) {
        String notFound = "Hypervisor with ID '" + id + "' could not be found.";
        long wanted;
        try {
            wanted = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiError.notFound(notFound);
        }
        for (ComputeNode node : backend.listComputeNodes(req.context())) {
            if (node.getId() != null && node.getId() == wanted) {
                Service service = computeServices(req).get(node.getHost());
                if (service == null) {
                    throw ApiError.notFound(notFound);
                }
                return ApiResponse.ok(JsonMaps.of("hypervisor", view(node, service, true)));
            }
        }
        throw ApiError.notFound(notFound);
    }

    /** Sums over the nodes whose compute service is enabled ({@code db.compute_node_statistics}). */
    ApiResponse statistics(ApiRequest req) {
        Map<String, Service> services = computeServices(req);
        Map<String, Object> stats = new LinkedHashMap<>();
        long count = 0;
        long[] sums = new long[STATISTICS.size()];
        for (ComputeNode node : backend.listComputeNodes(req.context())) {
            Service service = services.get(node.getHost());
            if (service == null || service.isDisabled()) {
                continue;
            }
            count++;
            for (int i = 0; i < sums.length; i++) {
                sums[i] += number(node, STATISTICS.get(i));
            }
        }
        stats.put("count", count);
        for (int i = 0; i < sums.length; i++) {
            stats.put(STATISTICS.get(i), sums[i]);
        }
        return ApiResponse.ok(JsonMaps.of("hypervisor_statistics", stats));
    }

    private Map<String, Object> view(ComputeNode node, Service service, boolean detail) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", node.getId());
        v.put("hypervisor_hostname", node.getHypervisorHostname());
        v.put("state", backend.isServiceUp(service) ? "up" : "down");
        v.put("status", service.isDisabled() ? "disabled" : "enabled");
        if (!detail) {
            return v;
        }
        v.put("hypervisor_type", ServerViews.field(node, "hypervisor_type"));
        v.put("hypervisor_version", ServerViews.field(node, "hypervisor_version"));
        v.put("host_ip", ServerViews.field(node, "host_ip"));
        Map<String, Object> svc = new LinkedHashMap<>();
        svc.put("id", service.getId());
        svc.put("host", node.getHost());
        svc.put("disabled_reason", service.getDisabledReason());
        v.put("service", svc);
        for (String f : FIGURES) {
            v.put(f, ServerViews.field(node, f));
        }
        v.put("cpu_info", ServerViews.field(node, "cpu_info"));
        return v;
    }

    /** nova-compute services by host ({@code service_get_by_compute_host}). */
    private Map<String, Service> computeServices(ApiRequest req) {
        Map<String, Service> out = new LinkedHashMap<>();
        for (Service s : backend.listServices(req.context())) {
            if ("nova-compute".equals(s.getBinary())) {
                out.put(s.getHost(), s);
            }
        }
        return out;
    }

    private static long number(ComputeNode node, String field) {
        return ServerViews.field(node, field) instanceof Number n ? n.longValue() : 0;
    }
}
