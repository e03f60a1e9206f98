package org.jnova.common.config;

import java.util.List;
import org.jnova.ports.config.ConfigOption;

/**
 * How the Compute API authenticates and authorizes requests, under the option names of Nova
 * ({@code [api] auth_strategy}), keystonemiddleware's auth_token ({@code [keystone_authtoken]}) and
 * oslo.policy ({@code [oslo_policy]}).
 */
public final class AuthOptions {
    private AuthOptions() {
    }

    private static final String KS = "keystone_authtoken";

    public static final ConfigOption AUTH_STRATEGY = ConfigOption.choice("api", "auth_strategy", "noauth2",
            List.of("noauth2", "keystone"), "Authentication of API requests. keystone: every request's X-Auth-Token"
                    + " is validated against Keystone ([keystone_authtoken]), as keystonemiddleware does. noauth2:"
                    + " Nova's test mode, the token 'user:project' is trusted as it is (admin when the user is"
                    + " 'admin'); never expose it. jnova's default is noauth2 so the all-in-one needs nothing"
                    + " installed; Nova's is keystone.");

    public static final ConfigOption WWW_AUTHENTICATE_URI = ConfigOption.string(KS, "www_authenticate_uri", null,
            "Complete \"public\" Identity API endpoint, named in the WWW-Authenticate header of 401 answers."
                    + " Unset: auth_url.");
    public static final ConfigOption AUTH_URL = ConfigOption.string(KS, "auth_url", null,
            "Keystone endpoint the service user authenticates against and validates tokens with, e.g."
                    + " http://127.0.0.1:5000/v3 (a URL without /v3 gets it appended).");
    public static final ConfigOption AUTH_TYPE = ConfigOption.choice(KS, "auth_type", "password",
            List.of("password"), "Authentication type of the service user (jnova implements password).");
    public static final ConfigOption USERNAME = ConfigOption.string(KS, "username", null, "Service user name.");
    public static final ConfigOption PASSWORD = ConfigOption.string(KS, "password", null,
            "Service user's password.").asSecret();
    public static final ConfigOption PROJECT_NAME = ConfigOption.string(KS, "project_name", null,
            "Project the service user's token is scoped to.");
    public static final ConfigOption USER_DOMAIN_NAME = ConfigOption.string(KS, "user_domain_name", "Default",
            "Domain of the service user.");
    public static final ConfigOption PROJECT_DOMAIN_NAME = ConfigOption.string(KS, "project_domain_name", "Default",
            "Domain of the service user's project.");
    public static final ConfigOption REGION_NAME = ConfigOption.string(KS, "region_name", null,
            "The region in which the identity server can be found (informational: jnova talks to auth_url).");
    public static final ConfigOption TOKEN_CACHE_TIME = ConfigOption.integer(KS, "token_cache_time", 300, -1, null,
            "Seconds a validated token is trusted without asking Keystone again (never past its expiry);"
                    + " -1 disables the cache. A revoked token keeps working that long, as with keystonemiddleware.");
    public static final ConfigOption HTTP_CONNECT_TIMEOUT = ConfigOption.integer(KS, "http_connect_timeout", 10, 1,
            null, "Seconds to wait for Keystone (connect and answer) before the request fails with 503.");

    public static final ConfigOption POLICY_FILE = ConfigOption.string("oslo_policy", "policy_file", "policy.yaml",
            "The YAML (or JSON) file of rules that override Nova's defaults. A relative path is looked up beside"
                    + " the config files, then in /etc/nova; a missing file means the defaults alone. Re-read when"
                    + " it changes.");
    public static final ConfigOption ENFORCE_NEW_DEFAULTS = ConfigOption.bool("oslo_policy", "enforce_new_defaults",
            false, "Enforce the new default rules alone. False (Zed's default) also accepts each rule's deprecated"
                    + " check, so a project's users pass the owner rule whatever their roles.");

    public static final List<ConfigOption> ALL = List.of(AUTH_STRATEGY, WWW_AUTHENTICATE_URI, AUTH_URL, AUTH_TYPE,
            USERNAME, PASSWORD, PROJECT_NAME, USER_DOMAIN_NAME, PROJECT_DOMAIN_NAME, REGION_NAME, TOKEN_CACHE_TIME,
            HTTP_CONNECT_TIMEOUT, POLICY_FILE, ENFORCE_NEW_DEFAULTS);
}
