package org.jnova.adapter.placement.openstack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jnova.ports.placement.AllocationClaim;
import org.jnova.ports.placement.ConsumerAllocations;
import org.jnova.ports.placement.Inventory;
import org.jnova.ports.placement.PlacementConflict;
import org.jnova.ports.placement.PlacementException;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.ProviderSummary;
import org.jnova.ports.placement.ResourceProvider;
import org.jnova.ports.placement.ResourceProviderNotFound;

/**
 * The placement port over OpenStack Placement's REST API, with the microversions Nova Zed's report
 * client uses for each call ({@code nova/scheduler/client/report.py}): providers 1.14 (created at 1.20),
 * inventories 1.26, traits 1.6, allocation candidates and claims 1.36, consumer allocations 1.28.
 * Writes that carry a provider generation are retried when another writer bumped it first, as Nova does.
 */
final class OpenStackPlacementService implements PlacementService {
    static final String NESTED_PROVIDER = "1.14";
    static final String POST_RPS_RETURNS_PAYLOAD = "1.20";
    static final String RESERVED_EQUAL_TOTAL_INVENTORY = "1.26";
    static final String TRAITS = "1.6";
    static final String CONSUMER_GENERATION = "1.28";
    static final String SAME_SUBTREE = "1.36";
    /** How often a write is redriven after a provider generation conflict. */
    static final int GENERATION_ATTEMPTS = 10;

    private final PlacementHttp http;

    OpenStackPlacementService(PlacementHttp http) {
        this.http = http;
    }

    @Override
    public ResourceProvider ensureProvider(String uuid, String name) {
        Optional<ResourceProvider> existing = provider(uuid);
        if (existing.isPresent()) {
            return existing.get();
        }
        PlacementHttp.Response r = http.send("POST", "/resource_providers", POST_RPS_RETURNS_PAYLOAD,
                Map.of("uuid", uuid, "name", name));
        if (r.ok()) {
            return provider(r.json());
        }
        if (r.status() == 409) {
            // created meanwhile by another writer, or the name belongs to another provider
            return provider(uuid).orElseThrow(() ->
                    new PlacementConflict(PlacementConflict.Kind.DUPLICATE_PROVIDER, r.errorDetail()));
        }
        throw failed("create resource provider " + uuid, r);
    }

    @Override
    public Optional<ResourceProvider> provider(String uuid) {
        PlacementHttp.Response r = http.get("/resource_providers/" + uuid, NESTED_PROVIDER);
        if (r.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(provider(ok("get resource provider " + uuid, r).json()));
    }

    @Override
    public List<ResourceProvider> providers() {
        PlacementHttp.Response r = ok("list resource providers", http.get("/resource_providers", NESTED_PROVIDER));
        List<ResourceProvider> out = new ArrayList<>();
        for (Object o : list(r.json().get("resource_providers"))) {
            out.add(provider((Map<?, ?>) o));
        }
        return out;
    }

    @Override
    public Map<String, Inventory> inventories(String providerUuid) {
        Map<String, Inventory> out = new TreeMap<>();
        map(inventoryResponse(providerUuid).json().get("inventories")).forEach((rc, inv) ->
                out.put((String) rc, inventory(map(inv))));
        return out;
    }

    @Override
    public void setInventories(String providerUuid, Map<String, Inventory> inventories) {
        Map<String, Object> wire = new LinkedHashMap<>();
        inventories.forEach((rc, inv) -> wire.put(rc, inventory(inv)));
        for (int attempt = 1; ; attempt++) {
            long generation = number(inventoryResponse(providerUuid).json().get("resource_provider_generation"));
            PlacementHttp.Response r = http.send("PUT", "/resource_providers/" + providerUuid + "/inventories",
                    RESERVED_EQUAL_TOTAL_INVENTORY, Map.of("resource_provider_generation", generation, "inventories", wire));
            if (r.ok()) {
                return;
            }
            if (r.status() == 409 && "placement.inventory.inuse".equals(r.errorCode())) {
                throw new PlacementConflict(PlacementConflict.Kind.INVENTORY_IN_USE, r.errorDetail());
            }
            if (!generationConflict(r) || attempt >= GENERATION_ATTEMPTS) {
                throw notFoundOr(providerUuid, "set inventories of " + providerUuid, r);
            }
        }
    }

    @Override
    public Map<String, Long> usages(String providerUuid) {
        PlacementHttp.Response r = http.get("/resource_providers/" + providerUuid + "/usages", NESTED_PROVIDER);
        Map<String, Long> out = new TreeMap<>();
        map(okOrNotFound(providerUuid, "get usages of " + providerUuid, r).json().get("usages"))
                .forEach((rc, n) -> out.put((String) rc, number(n)));
        return out;
    }

    @Override
    public Set<String> traits(String providerUuid) {
        return new TreeSet<>(strings(traitResponse(providerUuid).json().get("traits")));
    }

    @Override
    public void setTraits(String providerUuid, Set<String> traits) {
        for (String t : traits) {
            if (t.startsWith("CUSTOM_")) {
                ok("create trait " + t, http.send("PUT", "/traits/" + t, TRAITS, null));
            }
        }
        for (int attempt = 1; ; attempt++) {
            long generation = number(traitResponse(providerUuid).json().get("resource_provider_generation"));
            PlacementHttp.Response r = http.send("PUT", "/resource_providers/" + providerUuid + "/traits", TRAITS,
                    Map.of("traits", new ArrayList<>(new TreeSet<>(traits)), "resource_provider_generation", generation));
            if (r.ok()) {
                return;
            }
            if (!generationConflict(r) || attempt >= GENERATION_ATTEMPTS) {
                throw notFoundOr(providerUuid, "set traits of " + providerUuid, r);
            }
        }
    }

    @Override
    public List<ProviderSummary> candidates(Map<String, Long> resources, int limit) {
        String wanted = resources.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("allocation candidates need at least one resource amount");
        }
        PlacementHttp.Response r = ok("get allocation candidates for " + wanted, http.get("/allocation_candidates?resources="
                + URLEncoder.encode(wanted, StandardCharsets.UTF_8) + "&limit=" + limit, SAME_SUBTREE));
        Map<?, ?> summaries = map(r.json().get("provider_summaries"));
        Set<String> order = new LinkedHashSet<>();
        for (Object req : list(r.json().get("allocation_requests"))) {
            map(map(req).get("allocations")).keySet().forEach(rp -> order.add((String) rp));
        }
        List<ProviderSummary> out = new ArrayList<>();
        for (String rp : order) {
            Map<String, ProviderSummary.Usage> usage = new TreeMap<>();
            map(map(summaries.get(rp)).get("resources")).forEach((rc, u) ->
                    usage.put((String) rc, new ProviderSummary.Usage(number(map(u).get("capacity")),
                            number(map(u).get("used")))));
            out.add(new ProviderSummary(rp, usage));
        }
        return out;
    }

    @Override
    public ConsumerAllocations allocations(String consumerUuid) {
        Map<?, ?> body = ok("get allocations of " + consumerUuid,
                http.get("/allocations/" + consumerUuid, CONSUMER_GENERATION)).json();
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        map(body.get("allocations")).forEach((rp, a) -> out.put((String) rp, amounts(map(a).get("resources"))));
        if (out.isEmpty()) {
            return ConsumerAllocations.NONE;
        }
        return new ConsumerAllocations(number(body.get("consumer_generation")), (String) body.get("project_id"),
                (String) body.get("user_id"), out);
    }

    @Override
    public Map<String, Map<String, Long>> providerAllocations(String providerUuid) {
        PlacementHttp.Response r = http.get("/resource_providers/" + providerUuid + "/allocations", null);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        map(okOrNotFound(providerUuid, "get allocations on " + providerUuid, r).json().get("allocations"))
                .forEach((c, a) -> out.put((String) c, amounts(map(a).get("resources"))));
        return out;
    }

    /**
     * {@code PUT /allocations/{consumer}} (204, no body). Placement creates a consumer at generation 0 and
     * bumps it with each write, so the generation after this one is the expected one plus one (1 for a
     * new consumer); the contract suite checks this against the real service.
     */
    @Override
    public long claim(AllocationClaim claim) {
        Map<String, Object> allocations = new LinkedHashMap<>();
        claim.allocations().forEach((rp, amounts) -> allocations.put(rp, Map.of("resources", amounts)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", allocations);
        body.put("project_id", claim.projectId());
        body.put("user_id", claim.userId());
        body.put("consumer_generation", claim.consumerGeneration());
        for (int attempt = 1; ; attempt++) {
            PlacementHttp.Response r = http.send("PUT", "/allocations/" + claim.consumerUuid(), SAME_SUBTREE, body);
            if (r.ok()) {
                return claim.consumerGeneration() == null ? 1 : claim.consumerGeneration() + 1;
            }
            String detail = r.errorDetail() == null ? "" : r.errorDetail();
            if (r.status() == 409 && "placement.concurrent_update".equals(r.errorCode())) {
                if (detail.contains("consumer generation conflict")) {
                    throw new PlacementConflict(PlacementConflict.Kind.CONSUMER_GENERATION, detail);
                }
                if (attempt < GENERATION_ATTEMPTS) {
                    continue; // a provider generation race inside Placement: Nova retries blindly
                }
            }
            if (r.status() == 409) {
                throw new PlacementConflict(PlacementConflict.Kind.CAPACITY, detail);
            }
            if (r.status() == 400 && detail.contains("that does not exist")) {
                throw new ResourceProviderNotFound(claim.allocations().keySet().stream()
                        .filter(detail::contains).findFirst().orElse(String.join(", ", claim.allocations().keySet())));
            }
            throw failed("claim allocations for " + claim.consumerUuid(), r);
        }
    }

    @Override
    public boolean release(String consumerUuid) {
        PlacementHttp.Response r = http.send("DELETE", "/allocations/" + consumerUuid, null, null);
        if (r.status() == 404) {
            return false;
        }
        ok("delete allocations of " + consumerUuid, r);
        return true;
    }

    @Override
    public void close() {
        // the JDK client needs no closing before Java 21
    }

    private PlacementHttp.Response inventoryResponse(String providerUuid) {
        return okOrNotFound(providerUuid, "get inventories of " + providerUuid,
                http.get("/resource_providers/" + providerUuid + "/inventories", RESERVED_EQUAL_TOTAL_INVENTORY));
    }

    private PlacementHttp.Response traitResponse(String providerUuid) {
        return okOrNotFound(providerUuid, "get traits of " + providerUuid,
                http.get("/resource_providers/" + providerUuid + "/traits", TRAITS));
    }

    private static boolean generationConflict(PlacementHttp.Response r) {
        return r.status() == 409 && "placement.concurrent_update".equals(r.errorCode());
    }

    private static PlacementHttp.Response okOrNotFound(String providerUuid, String what, PlacementHttp.Response r) {
        if (!r.ok()) {
            throw notFoundOr(providerUuid, what, r);
        }
        return r;
    }

    private static PlacementException notFoundOr(String providerUuid, String what, PlacementHttp.Response r) {
        return r.status() == 404 ? new ResourceProviderNotFound(providerUuid) : failed(what, r);
    }

    private static PlacementHttp.Response ok(String what, PlacementHttp.Response r) {
        if (!r.ok()) {
            throw failed(what, r);
        }
        return r;
    }

    private static PlacementException failed(String what, PlacementHttp.Response r) {
        return new PlacementException("Placement could not " + what + ": HTTP " + r.status()
                + (r.errorCode() == null ? "" : " " + r.errorCode()) + " " + (r.errorDetail() == null ? "" : r.errorDetail()));
    }

    private static ResourceProvider provider(Map<?, ?> m) {
        return new ResourceProvider((String) m.get("uuid"), (String) m.get("name"), number(m.get("generation")));
    }

    private static Inventory inventory(Map<?, ?> m) {
        return new Inventory(number(m.get("total")), number(m.get("reserved")), number(m.get("min_unit")),
                number(m.get("max_unit")), number(m.get("step_size")), ((Number) m.get("allocation_ratio")).doubleValue());
    }

    private static Map<String, Object> inventory(Inventory inv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", inv.total());
        m.put("reserved", inv.reserved());
        m.put("min_unit", inv.minUnit());
        m.put("max_unit", inv.maxUnit());
        m.put("step_size", inv.stepSize());
        m.put("allocation_ratio", inv.allocationRatio());
        return m;
    }

    private static Map<String, Long> amounts(Object resources) {
        Map<String, Long> out = new TreeMap<>();
        map(resources).forEach((rc, n) -> out.put((String) rc, number(n)));
        return out;
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    private static long number(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        throw new PlacementException("Placement answered " + o + " where a number was expected");
    }
}
