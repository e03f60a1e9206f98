package org.jnova.adapter.placement.openstack;

import java.time.Duration;
import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;

/** Nova's {@code [placement]} options that jnova reads: keystoneauth's auth plugin, session and adapter options. */
final class PlacementOptions {
    static final String GROUP = "placement";
    /** Without {@code [placement] timeout}, a request gives up after this long. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    static final ConfigOption AUTH_TYPE = ConfigOption.string(GROUP, "auth_type", null,
            "How to authenticate to Placement: password (or v3password: Keystone v3 with username/password and a "
                    + "project scope, the endpoint from the service catalog), admin_token (send token as X-Auth-Token), "
                    + "none or noauth (no token). Unset means none.");
    static final ConfigOption AUTH_URL = ConfigOption.string(GROUP, "auth_url", null,
            "Keystone's URL for auth_type = password, e.g. http://keystone:5000/v3 (/v3 is added if missing).");
    static final ConfigOption USERNAME = ConfigOption.string(GROUP, "username", null, "User name (password auth).");
    static final ConfigOption USER_ID = ConfigOption.string(GROUP, "user_id", null, "User id, instead of username.");
    static final ConfigOption PASSWORD = ConfigOption.string(GROUP, "password", null, "The user's password.").asSecret();
    static final ConfigOption USER_DOMAIN_NAME = ConfigOption.string(GROUP, "user_domain_name", null,
            "Domain of username (password auth; Default when neither it nor user_domain_id is set).");
    static final ConfigOption USER_DOMAIN_ID = ConfigOption.string(GROUP, "user_domain_id", null,
            "Domain id of username.");
    static final ConfigOption PROJECT_NAME = ConfigOption.string(GROUP, "project_name", null,
            "Project to scope the token to (password auth).");
    static final ConfigOption PROJECT_ID = ConfigOption.string(GROUP, "project_id", null,
            "Project id, instead of project_name.");
    static final ConfigOption PROJECT_DOMAIN_NAME = ConfigOption.string(GROUP, "project_domain_name", null,
            "Domain of project_name (Default when neither it nor project_domain_id is set).");
    static final ConfigOption PROJECT_DOMAIN_ID = ConfigOption.string(GROUP, "project_domain_id", null,
            "Domain id of project_name.");
    static final ConfigOption TOKEN = ConfigOption.string(GROUP, "token", null,
            "The token auth_type = admin_token sends (Placement's noauth2 strategy accepts admin).").asSecret();
    static final ConfigOption ENDPOINT = ConfigOption.string(GROUP, "endpoint", null,
            "Placement's URL for auth_type = admin_token or none (endpoint_override wins if both are set).");
    static final ConfigOption ENDPOINT_OVERRIDE = ConfigOption.string(GROUP, "endpoint_override", null,
            "Always use this URL for Placement instead of the one in the service catalog.");
    static final ConfigOption REGION_NAME = ConfigOption.string(GROUP, "region_name", null,
            "The region whose catalog endpoint to use (any region when unset).");
    static final ConfigOption VALID_INTERFACES = ConfigOption.list(GROUP, "valid_interfaces",
            List.of("internal", "public"), "Catalog endpoint interfaces to use, in order of preference.");
    static final ConfigOption SERVICE_TYPE = ConfigOption.string(GROUP, "service_type", "placement",
            "The service type of Placement in the catalog.");
    static final ConfigOption TIMEOUT = ConfigOption.integer(GROUP, "timeout", null, 1, null,
            "Seconds a request to Placement or Keystone may take (unset: 60).");

    static final List<ConfigOption> ALL = List.of(AUTH_TYPE, AUTH_URL, USERNAME, USER_ID, PASSWORD, USER_DOMAIN_NAME,
            USER_DOMAIN_ID, PROJECT_NAME, PROJECT_ID, PROJECT_DOMAIN_NAME, PROJECT_DOMAIN_ID, TOKEN, ENDPOINT,
            ENDPOINT_OVERRIDE, REGION_NAME, VALID_INTERFACES, SERVICE_TYPE, TIMEOUT);

    private PlacementOptions() {
    }

    static Duration timeout(ConfigView config) {
        Object v = config.value(TIMEOUT);
        return v instanceof Number n ? Duration.ofSeconds(n.longValue()) : DEFAULT_TIMEOUT;
    }

    /** The option's value, or null when unset or blank. */
    static String text(ConfigView config, ConfigOption option) {
        String v = config.string(option);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
