package org.jnova.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jnova.api.policy.Policy;
import org.jnova.api.policy.PolicyNotAuthorized;
import org.jnova.api.testing.InMemoryBackend;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hypervisor views over compute node records and their services, admin-only, as Nova's at 2.1-2.37. */
class HypervisorsResourceTest {
    private final InMemoryBackend backend = new InMemoryBackend();
    private final HypervisorsResource hypervisors = new HypervisorsResource(backend, new Policy(null, false));
    private final ApiRequest req = request(RequestContext.admin(), "2.1", Map.of());

    private static ApiRequest request(RequestContext ctx, String version, Map<String, List<String>> query) {
        return new ApiRequest("GET", List.of("os-hypervisors"), "", ctx, "http://api", query,
                ApiVersion.parse(version), false);
    }

    @BeforeEach
    void nodes() {
        node(1, "cmp1", 8, 3, 4096, 1536);
        node(2, "cmp2", 4, 0, 2048, 0);
        node(3, "gone", 64, 0, 65536, 0); // its service record was deleted
        service(11, "cmp1", false, null);
        service(12, "cmp2", true, "maintenance");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListAndTheDetailShowNovas21Fields() {
        List<Map<String, Object>> list = (List<Map<String, Object>>) ((Map<?, ?>) hypervisors.list(req, false).body())
                .get("hypervisors");
        assertThat(list).containsExactly(
                Map.of("id", 1L, "hypervisor_hostname", "cmp1", "state", "up", "status", "enabled"),
                Map.of("id", 2L, "hypervisor_hostname", "cmp2", "state", "up", "status", "disabled"));
        Map<String, Object> one = (Map<String, Object>) ((Map<?, ?>) hypervisors.show(req, "1").body()).get("hypervisor");
        assertThat(one).containsEntry("vcpus", 8L).containsEntry("vcpus_used", 3L).containsEntry("memory_mb", 4096L)
                .containsEntry("memory_mb_used", 1536L).containsEntry("free_ram_mb", 2560L)
                .containsEntry("local_gb", 100L).containsEntry("local_gb_used", 3L).containsEntry("running_vms", 3L)
                .containsEntry("hypervisor_type", "fake").containsEntry("cpu_info", "{}")
                .containsEntry("service", Map.of("id", 11L, "host", "cmp1", "disabled_reason", "none"));
    }

    @Test
    void showNeedsAnIntegerIdOfANodeWithAService() {
        for (String id : List.of("3", "99", "abc")) {
            assertThatThrownBy(() -> hypervisors.show(req, id)).isInstanceOfSatisfying(ApiError.class, e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.getMessage()).isEqualTo("Hypervisor with ID '" + id + "' could not be found.");
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void statisticsSumTheNodesOfEnabledServices() {
        Map<String, Object> stats = (Map<String, Object>) ((Map<?, ?>) hypervisors.statistics(req).body())
                .get("hypervisor_statistics");
        assertThat(stats).containsEntry("count", 1L).containsEntry("vcpus", 8L).containsEntry("vcpus_used", 3L)
                .containsEntry("memory_mb_used", 1536L).containsEntry("free_ram_mb", 2560L)
                .containsEntry("running_vms", 3L);
    }

    @Test
    void aProjectMemberIsRefusedEveryView() {
        ApiRequest member = request(RequestContext.of("u1", "p1", List.of("member", "reader"), false), "2.1", Map.of());
        assertThatThrownBy(() -> hypervisors.list(member, false)).isInstanceOf(PolicyNotAuthorized.class)
                .hasMessageContaining("os_compute_api:os-hypervisors:list");
        assertThatThrownBy(() -> hypervisors.list(member, true)).isInstanceOf(PolicyNotAuthorized.class)
                .hasMessageContaining("os_compute_api:os-hypervisors:list-detail");
        assertThatThrownBy(() -> hypervisors.show(member, "1")).isInstanceOf(PolicyNotAuthorized.class);
        assertThatThrownBy(() -> hypervisors.statistics(member)).isInstanceOf(PolicyNotAuthorized.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void from228CpuInfoIsTheParsedDict() {
        backend.computeNodes.get(0).set("cpu_info", "{\"arch\": \"x86_64\", \"topology\": {\"cores\": 2}}");
        Map<String, Object> one = (Map<String, Object>) ((Map<?, ?>) hypervisors.show(
                request(RequestContext.admin(), "2.28", Map.of()), "1").body()).get("hypervisor");
        assertThat(one.get("cpu_info")).isEqualTo(Map.of("arch", "x86_64", "topology", Map.of("cores", 2L)));
        Map<String, Object> two = (Map<String, Object>) ((Map<?, ?>) hypervisors.show(
                request(RequestContext.admin(), "2.27", Map.of()), "1").body()).get("hypervisor");
        assertThat(two.get("cpu_info")).isInstanceOf(String.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void from233TheListPagesByLimitAndMarkerWithNovasNextLink() {
        Map<String, Object> page = (Map<String, Object>) hypervisors.list(
                request(RequestContext.admin(), "2.33", Map.of("limit", List.of("1"))), false).body();
        assertThat((List<Map<String, Object>>) page.get("hypervisors")).extracting(h -> h.get("id")).containsExactly(1L);
        assertThat(page.get("hypervisors_links")).isEqualTo(List.of(Map.of("rel", "next",
                "href", "http://api/v2.1/os-hypervisors?limit=1&marker=1")));
        Map<String, Object> next = (Map<String, Object>) hypervisors.list(request(RequestContext.admin(), "2.33",
                Map.of("limit", List.of("1"), "marker", List.of("1"))), true).body();
        assertThat((List<Map<String, Object>>) next.get("hypervisors")).extracting(h -> h.get("id")).containsExactly(2L);
        Map<String, Object> all = (Map<String, Object>) hypervisors.list(
                request(RequestContext.admin(), "2.33", Map.of()), false).body();
        assertThat(all).doesNotContainKey("hypervisors_links");
        // before 2.33 the parameters are not paging ones
        Map<String, Object> old = (Map<String, Object>) hypervisors.list(
                request(RequestContext.admin(), "2.32", Map.of("limit", List.of("1"))), false).body();
        assertThat((List<?>) old.get("hypervisors")).hasSize(2);
        assertThatThrownBy(() -> hypervisors.list(request(RequestContext.admin(), "2.33",
                Map.of("marker", List.of("42"))), false)).isInstanceOfSatisfying(ApiError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("marker [42] not found");
                });
    }

    private void node(long id, String host, long vcpus, long used, long memoryMb, long memoryUsed) {
        ComputeNode n = new ComputeNode();
        n.set("id", id);
        n.set("host", host);
        n.set("hypervisor_hostname", host);
        n.set("vcpus", vcpus);
        n.set("vcpus_used", used);
        n.set("memory_mb", memoryMb);
        n.set("memory_mb_used", memoryUsed);
        n.set("free_ram_mb", memoryMb - memoryUsed);
        n.set("local_gb", 100L);
        n.set("local_gb_used", used);
        n.set("free_disk_gb", 100L - used);
        n.set("running_vms", used);
        n.set("current_workload", 0L);
        n.set("disk_available_least", 0L);
        n.set("hypervisor_type", "fake");
        n.set("hypervisor_version", 1000L);
        n.set("cpu_info", "{}");
        backend.computeNodes.add(n);
    }

    private void service(long id, String host, boolean disabled, String reason) {
        Service s = new Service();
        s.set("id", id);
        s.set("host", host);
        s.set("binary", "nova-compute");
        s.set("disabled", disabled);
        s.set("disabled_reason", reason == null ? "none" : reason);
        backend.services.add(s);
    }
}
