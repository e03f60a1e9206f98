package org.jnova.api.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.common.config.AuthOptions;
import org.jnova.common.config.ConfigOpts;
import org.jnova.domain.rpc.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy enforcer of the Compute API, after oslo.policy's {@code Enforcer} as Nova configures it:
 * Nova's registered defaults ({@link NovaDefaultPolicies}), overridden by the rules of
 * {@code [oslo_policy] policy_file}; while {@code enforce_new_defaults} is False a default that has a
 * deprecated rule and is not overridden accepts either check. Route handlers call
 * {@link #authorize(RequestContext, String, Map)} in one line before acting.
 */
public final class Policy {
    private static final Logger LOG = LoggerFactory.getLogger(Policy.class);

    /** The image catalog's rules (Glance's names): anyone reads, admins add and delete. */
    private static final List<PolicyDefault> IMAGE_DEFAULTS = List.of(
            new PolicyDefault("get_images", "", null, null), new PolicyDefault("get_image", "", null, null),
            new PolicyDefault("add_image", "rule:context_is_admin", null, null),
            new PolicyDefault("delete_image", "rule:context_is_admin", null, null));

    private final Map<String, PolicyDefault> defaults = new LinkedHashMap<>();
    private final PolicyFile file;
    private final boolean enforceNewDefaults;
    private volatile Map<String, Check> rules;

    /** Nova's defaults with the overrides of {@code file} (null: none). A malformed file fails here. */
    public Policy(Path file, boolean enforceNewDefaults) {
        NovaDefaultPolicies.all().forEach(d -> defaults.put(d.name(), d));
        IMAGE_DEFAULTS.forEach(d -> defaults.put(d.name(), d));
        this.file = file == null ? null : new PolicyFile(file);
        this.enforceNewDefaults = enforceNewDefaults;
        this.rules = build(this.file == null ? Map.of() : this.file.read());
        if (this.file != null) {
            LOG.info("Policy: Nova's {} default rules{}", defaults.size(), Files.isRegularFile(file)
                    ? " with the overrides of " + file : " (no policy file at " + file + ")");
        }
    }

    /** From {@code [oslo_policy]}: a relative policy_file is looked up beside the config files, then in /etc/nova. */
    public static Policy fromConfig(ConfigOpts config) {
        String name = config.string(AuthOptions.POLICY_FILE);
        boolean newDefaults = config.bool(AuthOptions.ENFORCE_NEW_DEFAULTS);
        return new Policy(name == null || name.isBlank() ? null : locate(name, config.loadedFiles()), newDefaults);
    }

    static Path locate(String name, List<Path> configFiles) {
        Path p = Path.of(name);
        if (p.isAbsolute()) {
            return p;
        }
        List<Path> dirs = new ArrayList<>();
        for (Path f : configFiles) {
            Path dir = f.toAbsolutePath().getParent();
            if (dir != null && !dirs.contains(dir)) {
                dirs.add(dir);
            }
        }
        Collections.reverse(dirs); // the directory of the last config file first, as oslo.config's find_file
        dirs.add(Path.of("/etc/nova"));
        return dirs.stream().map(d -> d.resolve(p)).filter(Files::isRegularFile).findFirst()
                .orElse(dirs.get(0).resolve(p));
    }

    /** Raises PolicyNotAuthorized unless the rule allows the action; the target defaults to the caller's project. */
    public void authorize(RequestContext ctx, String action) {
        authorize(ctx, action, null);
    }

    /** {@code context.can(action, target)}: raises PolicyNotAuthorized unless the rule allows it. */
    public void authorize(RequestContext ctx, String action, Map<String, ?> target) {
        if (!check(ctx, action, target)) {
            throw new PolicyNotAuthorized(action);
        }
    }

    /** {@code context.can(action, target, fatal=False)}. An action no rule registers is a programming error. */
    public boolean check(RequestContext ctx, String action, Map<String, ?> target) {
        Map<String, Check> current = current();
        Check rule = current.get(action);
        if (rule == null) {
            throw new IllegalArgumentException("Policy " + action + " has not been registered");
        }
        Map<String, ?> t = target != null ? target : ownTarget(ctx);
        return rule.test(t, credentials(ctx), current::get);
    }

    /**
     * {@code policy.check_is_admin}: whether credentials with these roles pass {@code context_is_admin}
     * (the target is the credentials themselves, and is_admin is not yet known).
     */
    public boolean isAdmin(RequestContext ctx) {
        Map<String, Object> creds = credentials(ctx);
        creds.put("is_admin", null);
        Map<String, Check> current = current();
        Check rule = current.get("context_is_admin");
        return rule != null && rule.test(creds, creds, current::get);
    }

    /** {@code RequestContext.to_policy_values()} with Nova's is_admin. */
    static Map<String, Object> credentials(RequestContext ctx) {
        Map<String, Object> c = new HashMap<>();
        c.put("user_id", ctx.userId());
        c.put("user_domain_id", ctx.get("user_domain"));
        c.put("system_scope", ctx.get("system_scope"));
        c.put("domain_id", ctx.get("domain"));
        c.put("project_id", ctx.projectId());
        c.put("project_domain_id", ctx.get("project_domain"));
        c.put("roles", ctx.get("roles") instanceof List<?> r ? r : List.of());
        c.put("is_admin_project", ctx.get("is_admin_project"));
        c.put("service_user_id", null);
        c.put("service_user_domain_id", null);
        c.put("service_project_id", null);
        c.put("service_project_domain_id", null);
        c.put("service_roles", List.of());
        c.put("is_admin", ctx.isAdmin());
        return c;
    }

    private static Map<String, Object> ownTarget(RequestContext ctx) {
        Map<String, Object> t = new HashMap<>();
        t.put("project_id", ctx.projectId());
        t.put("user_id", ctx.userId());
        return t;
    }

    /** The rules in force, re-read when the policy file changed (a broken edit keeps the last good rules). */
    private Map<String, Check> current() {
        if (file != null && file.changed()) {
            synchronized (this) {
                if (file.changed()) {
                    try {
                        rules = build(file.read());
                        LOG.info("Policy file {} re-read", file.path());
                    } catch (IllegalArgumentException e) {
                        LOG.error("{}; keeping the rules read before", e.getMessage());
                    }
                }
            }
        }
        return rules;
    }

    private Map<String, Check> build(Map<String, String> fileRules) {
        Map<String, Check> out = new HashMap<>();
        for (PolicyDefault d : defaults.values()) {
            out.put(d.name(), effective(d, fileRules));
        }
        fileRules.forEach((name, checkStr) -> out.put(name, PolicyParser.parse(checkStr)));
        return Map.copyOf(out);
    }

    /**
     * {@code Enforcer._handle_deprecated_rule}: a file rule under the deprecated name replaces the default
     * unless it merely points at the new name or the new name has its own file rule. (oslo compares the
     * file's check with the deprecated one by identity, so even the deprecated check string itself wins.)
     */
    private Check effective(PolicyDefault d, Map<String, String> fileRules) {
        Check current = PolicyParser.parse(d.checkStr());
        if (!d.hasDeprecated()) {
            return current;
        }
        String oldName = d.deprecatedName();
        if (oldName != null && !oldName.equals(d.name()) && fileRules.containsKey(oldName)) {
            Check fileRule = PolicyParser.parse(fileRules.get(oldName));
            if (!fileRule.toString().equals("rule:" + d.name()) && !fileRules.containsKey(d.name())) {
                return fileRule;
            }
        }
        if (!enforceNewDefaults && !d.deprecatedCheckStr().equals(d.checkStr()) && !fileRules.containsKey(d.name())) {
            return new Check.Or(List.of(current, PolicyParser.parse(d.deprecatedCheckStr())));
        }
        return current;
    }
}
