package org.jnova.api.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.testing.PythonReferee;
import org.jnova.domain.rpc.RequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * oslo.policy's Enforcer with Nova Zed's registered defaults (python3-nova's {@code nova.policy}) as the
 * referee of jnova's {@link Policy}: every registered rule, plus an operator's own rules, decided for 13
 * callers (Keystone admin, member, reader, another project's member, a user with an unrelated role,
 * noauth2's admin and user, a service user, case and custom roles) on 5 targets each (own, own project but
 * another user, another project, empty as os-services passes, none as Nova's default target), with
 * {@code enforce_new_defaults} false and true, without and with a policy file whose overrides cover a new
 * rule name, a deprecated name, the base rules others refer to, context_is_admin itself and the rule
 * language's corners. jnova must decide every cell, and is_admin for every caller, as Nova does.
 */
class NovaPolicyRefereeTest {
    private static final String POLICY_YAML = """
            # a rule of Nova's overridden by its own name
            "os_compute_api:servers:delete": "rule:context_is_admin"
            "os_compute_api:servers:show": "role:reader and project_id:%(project_id)s or role:admin"
            # deprecated names: one overridden with a new check (the rules renamed from it take it), one
            # with its deprecated default (which changes nothing)
            "os_compute_api:os-attach-interfaces": "role:special or rule:context_is_admin"
            "os_compute_api:os-deferred-delete": "rule:admin_or_owner"
            # base rules that other rules refer to
            "project_member_api": "role:member and project_id:%(project_id)s and not role:suspended"
            "context_is_admin": "role:admin or role:cloud-admin"
            # an operator's own rule, referred to
            "hypervisor_readers": "role:ops or rule:context_is_admin"
            "os_compute_api:os-hypervisors:list": "rule:hypervisor_readers"
            # the language's corners
            "os_compute_api:os-services:list": "(role:admin or role:ops) and not user_id:blocked"
            "os_compute_api:os-flavor-extra-specs:index": "@"
            "os_compute_api:os-flavor-extra-specs:show": "!"
            "os_compute_api:os-quota-sets:show": ""
            "os_compute_api:os-availability-zone:list": "role:ADMIN"
            "os_compute_api:os-keypairs:index": "user_id:%(user_id)s or 'ops':%(role)s"
            "os_compute_api:os-simple-tenant-usage:show": "project_id:%(project_id)s and (role:reader or role:member)"
            "os_compute_api:os-console-output": "rule:no_such_rule or project_id:%(tenant_id)s"
            "os_compute_api:os-aggregates:index": "role:admin and (("
            "os_compute_api:os-lock-server:lock": "NOT role:reader AND project_id:%(project_id)s"
            """;

    /** user, project, roles, is_admin (null: decided by the policy, as with Keystone). */
    private record Caller(String user, String project, List<String> roles, Boolean isAdmin) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("user_id", user);
            m.put("project_id", project);
            m.put("roles", roles);
            m.put("is_admin", isAdmin);
            m.put("is_admin_project", true); // keystonemiddleware's X-Is-Admin-Project without admin_project_name
            return m;
        }

        RequestContext context(Policy policy) {
            RequestContext ctx = RequestContext.of(user, project, roles, isAdmin != null && isAdmin)
                    .with("is_admin_project", true);
            return isAdmin != null ? ctx : ctx.with("is_admin", policy.isAdmin(ctx));
        }
    }

    private static final List<Caller> CALLERS = List.of(
            new Caller("u-admin", "p-admin", List.of("admin", "member", "reader"), null),
            new Caller("u-demo", "p-demo", List.of("member", "reader"), null),
            new Caller("u-reader", "p-demo", List.of("reader"), null),
            new Caller("u-alt", "p-alt", List.of("member", "reader"), null),
            new Caller("u-other", "p-demo", List.of("other"), null),
            new Caller("admin", "admin", List.of(), true),
            new Caller("demo", "demo", List.of(), false),
            new Caller("u-ops", "p-ops", List.of("ops", "reader"), null),
            new Caller("u-cloud", "p-demo", List.of("cloud-admin"), null),
            new Caller("u-up", "p-demo", List.of("Admin", "MEMBER"), null),
            new Caller("u-susp", "p-demo", List.of("member", "reader", "suspended"), null),
            new Caller("blocked", "p-admin", List.of("admin"), null),
            new Caller("u-svc", "service", List.of("service", "special"), null));

    private static List<Map<String, Object>> targets(Caller c) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of("project_id", c.project(), "user_id", c.user()));
        out.add(Map.of("project_id", c.project(), "user_id", "someone"));
        out.add(Map.of("project_id", "p-elsewhere", "user_id", "someone"));
        out.add(Map.of());
        out.add(null);
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void jnovaDecidesEveryRuleForEveryCallerAndTargetAsOsloPolicyWithNovasDefaults(@TempDir Path dir)
            throws Exception {
        PythonReferee.assumeNova();
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, POLICY_YAML);
        List<String> rules = new ArrayList<>(NovaDefaultPolicies.all().stream().map(PolicyDefault::name).toList());
        rules.addAll(List.of("hypervisor_readers", "not_registered_anywhere"));
        List<Object[]> configs = List.of(new Object[] {false, null}, new Object[] {true, null},
                new Object[] {false, file}, new Object[] {true, file});

        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            for (Map<String, Object> t : targets(CALLERS.get(i))) {
                cells.add(Arrays.asList((long) i, t));
            }
        }
        Map<String, Object> request = new HashMap<>();
        request.put("configs", configs.stream().map(c -> {
            Map<String, Object> m = new HashMap<>();
            m.put("enforce_new_defaults", c[0]);
            m.put("policy_file", c[1] == null ? null : c[1].toString());
            return m;
        }).toList());
        request.put("contexts", CALLERS.stream().map(Caller::toJson).toList());
        request.put("cells", cells);
        request.put("rules", rules);
        Map<String, Object> nova = (Map<String, Object>) PythonReferee.judge("nova_policy_referee.py", request);

        assertThat((List<String>) nova.get("registered")).as("Nova Zed's registered rules")
                .containsExactlyInAnyOrderElementsOf(NovaDefaultPolicies.all().stream().map(PolicyDefault::name).toList());
        List<String> disagreements = new ArrayList<>();
        int decided = 0;
        for (int k = 0; k < configs.size(); k++) {
            Policy policy = new Policy((Path) configs.get(k)[1], (Boolean) configs.get(k)[0]);
            String config = "enforce_new_defaults=" + configs.get(k)[0] + (configs.get(k)[1] == null ? "" : " +policy.yaml");
            List<Object> novaAdmin = ((List<List<Object>>) nova.get("is_admin")).get(k);
            List<String> rows = ((List<List<String>>) nova.get("decisions")).get(k);
            int cell = 0;
            for (int i = 0; i < CALLERS.size(); i++) {
                Caller caller = CALLERS.get(i);
                RequestContext ctx = caller.context(policy);
                if (!novaAdmin.get(i).equals(ctx.isAdmin())) {
                    disagreements.add(config + " " + caller + ": is_admin Nova " + novaAdmin.get(i) + ", jnova "
                            + ctx.isAdmin());
                }
                for (Map<String, Object> target : targets(caller)) {
                    String row = rows.get(cell++);
                    for (int r = 0; r < rules.size(); r++) {
                        boolean expected = row.charAt(r) == '1';
                        boolean actual = decide(policy, ctx, rules.get(r), target);
                        decided++;
                        if (expected != actual) {
                            disagreements.add(config + " " + caller + " target " + target + " " + rules.get(r)
                                    + ": Nova " + expected + ", jnova " + actual);
                        }
                    }
                }
            }
        }
        assertThat(disagreements).as("cells where jnova and oslo.policy disagree (of " + decided + ")").isEmpty();
        assertThat(decided).isGreaterThan(50_000);
    }

    /** {@link Policy#check}; a rule nobody registered or wrote fails closed, as oslo's enforce does. */
    private static boolean decide(Policy policy, RequestContext ctx, String rule, Map<String, Object> target) {
        try {
            return policy.check(ctx, rule, target);
        } catch (IllegalArgumentException notRegistered) {
            return false;
        }
    }
}
