package org.jnova.cli.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The credentials a client command uses, resolved from {@link CloudOptions}, then the environment, then
 * clouds.yaml. With an auth URL the command logs in to Keystone; without one it talks to a noauth2 API
 * (jnova's all-in-one default) as {@code <OS_USERNAME or admin>:<OS_PROJECT_NAME or admin>}.
 */
record Credentials(String authUrl, String username, String password, String projectName, String userDomainName,
                   String projectDomainName, String regionName, String token) {

    static final List<Path> CLOUDS_YAML = List.of(Path.of("clouds.yaml"),
            Path.of(System.getProperty("user.home"), ".config", "openstack", "clouds.yaml"),
            Path.of("/etc/openstack/clouds.yaml"));

    static Credentials resolve(CloudOptions o, Map<String, String> env) {
        String cloudName = first(o == null ? null : o.cloud, env.get("OS_CLOUD"));
        Map<String, String> cloud = cloudName == null ? Map.of() : CloudsYaml.find(cloudName, CLOUDS_YAML);
        return new Credentials(
                pick(o == null ? null : o.authUrl, env, "OS_AUTH_URL", cloud, "auth_url"),
                pick(o == null ? null : o.username, env, "OS_USERNAME", cloud, "username"),
                pick(o == null ? null : o.password, env, "OS_PASSWORD", cloud, "password"),
                first(pick(o == null ? null : o.projectName, env, "OS_PROJECT_NAME", cloud, "project_name"),
                        env.get("OS_TENANT_NAME")),
                first(pick(o == null ? null : o.userDomainName, env, "OS_USER_DOMAIN_NAME", cloud, "user_domain_name"),
                        "Default"),
                first(pick(o == null ? null : o.projectDomainName, env, "OS_PROJECT_DOMAIN_NAME", cloud,
                        "project_domain_name"), "Default"),
                pick(o == null ? null : o.regionName, env, "OS_REGION_NAME", cloud, "region_name"),
                pick(o == null ? null : o.token, env, "OS_TOKEN", cloud, "token"));
    }

    /** noauth2's token for these credentials. */
    String noauthToken() {
        return (username == null ? "admin" : username) + ":" + (projectName == null ? "admin" : projectName);
    }

    private static String pick(String option, Map<String, String> env, String var, Map<String, String> cloud, String key) {
        return first(first(option, env.get(var)), cloud.get(key));
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }
}
