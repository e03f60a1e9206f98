package org.jnova.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.policy.Policy;
import org.jnova.api.validation.NovaSchemas;
import org.jnova.domain.wire.PyJson;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Service;

/**
 * {@code GET /os-hypervisors}, {@code /os-hypervisors/detail}, {@code /os-hypervisors/{id}} and
 * {@code /os-hypervisors/statistics} at microversion 2.1 ({@code nova/api/openstack/compute/hypervisors.py}):
 * the compute node records with their service's state and status, integer ids, and in the detail the
 * totals, what is used (the compute's resource tracker) and what is free. Nodes without a compute service
 * record are left out, as Nova does. Admin-only in Nova ({@code os_compute_api:os-hypervisors:*}). From 2.28
 * {@code cpu_info} is the parsed dict; from 2.33 the lists page by {@code limit} and {@code marker} (the last id
 * seen) with Nova's {@code hypervisors_links}.
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

    private static final String RULE = "os_compute_api:os-hypervisors:";
    /** {@code [api] max_limit}'s default. */
    private static final int MAX_LIMIT = 1000;

    private final ComputeBackend backend;
    private final Policy policy;

    HypervisorsResource(ComputeBackend backend, Policy policy) {
        this.backend = backend;
        this.policy = policy;
    }

    void register(Routes routes) {
        routes.add("GET", "os-hypervisors", (r, p) -> list(r, false))
                .add("GET", "os-hypervisors/detail", (r, p) -> list(r, true))
                .add("GET", "os-hypervisors/statistics", (r, p) -> statistics(r))
                .add("GET", "os-hypervisors/{id}", (r, p) -> show(r, p.get(0)));
    }

    ApiResponse list(ApiRequest req, boolean detail) {
        boolean paged = req.atLeast("2.33");
        if (paged) {
            NovaSchemas.validateQuery("hypervisors.list_query_schema_v233", req.queryValues());
        }
        policy.authorize(req.context(), RULE + (detail ? "list-detail" : "list"), Map.of());
        List<ComputeNode> nodes = new ArrayList<>(backend.listComputeNodes(req.context()));
        nodes.sort(java.util.Comparator.comparing(ComputeNode::getId,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        int limit = paged ? limit(req) : 0;
        if (paged && req.query("marker") != null) {
            nodes = after(nodes, req.query("marker"));
        }
        if (limit > 0 && nodes.size() > limit) {
            nodes = nodes.subList(0, limit);
        }
        Map<String, Service> services = computeServices(req);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ComputeNode node : nodes) {
            Service service = services.get(node.getHost());
            if (service != null) {
                out.add(view(req, node, service, detail));
            }
        }
        Map<String, Object> body = JsonMaps.of("hypervisors", out);
        int pageSize = limit > 0 ? limit : MAX_LIMIT;
        if (paged && !out.isEmpty() && out.size() == pageSize) {
            body.put("hypervisors_links", List.of(JsonMaps.of("rel", "next", "href",
                    nextLink(req, detail ? "os-hypervisors/detail" : "os-hypervisors", out.get(out.size() - 1).get("id")))));
        }
        return ApiResponse.ok(body);
    }

    /** {@code common.get_limit_and_marker}: at most max_limit; 0 or absent means max_limit. */
    private static int limit(ApiRequest req) {
        String l = req.query("limit");
        int limit = l == null ? MAX_LIMIT : Integer.parseInt(l.strip());
        return limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    /** The nodes after the marker's id; an unknown marker is Nova's 400. */
    private static List<ComputeNode> after(List<ComputeNode> nodes, String marker) {
        for (int i = 0; i < nodes.size(); i++) {
            if (String.valueOf(nodes.get(i).getId()).equals(marker)) {
                return nodes.subList(i + 1, nodes.size());
            }
        }
        throw ApiError.badRequest("marker [" + marker + "] not found");
    }

    /** {@code ViewBuilder._get_next_link}: the request's parameters sorted, the marker set to the last id. */
    private static String nextLink(ApiRequest req, String collection, Object lastId) {
        Map<String, String> params = new TreeMap<>();
        req.queryValues().forEach((k, v) -> params.put(k, v.get(v.size() - 1)));
        params.put("marker", String.valueOf(lastId));
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return req.selfLink(collection) + "?" + q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    ApiResponse show(ApiRequest req, String id) {
        policy.authorize(req.context(), RULE + "show", Map.of());
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
                return ApiResponse.ok(JsonMaps.of("hypervisor", view(req, node, service, true)));
            }
        }
        throw ApiError.notFound(notFound);
    }

    /** Sums over the nodes whose compute service is enabled ({@code db.compute_node_statistics}). */
    ApiResponse statistics(ApiRequest req) {
        policy.authorize(req.context(), RULE + "statistics", Map.of());
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

    private Map<String, Object> view(ApiRequest req, ComputeNode node, Service service, boolean detail) {
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
        Object cpuInfo = ServerViews.field(node, "cpu_info");
        if (req.atLeast("2.28")) {
            // hypervisors.py: jsonutils.loads(cpu_info), {} when empty
            cpuInfo = cpuInfo instanceof String text && !text.isEmpty() ? PyJson.loads(text) : new LinkedHashMap<>();
        }
        v.put("cpu_info", cpuInfo);
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
