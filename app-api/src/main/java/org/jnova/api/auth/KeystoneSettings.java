package org.jnova.api.auth;

import java.time.Duration;
import org.jnova.common.config.AuthOptions;
import org.jnova.common.config.ConfigException;
import org.jnova.common.config.ConfigOpts;

/** {@code [keystone_authtoken]}, checked once at start so a missing option names itself. */
record KeystoneSettings(String identityUrl, String wwwAuthenticateUri, String username, String password,
                        String userDomainName, String projectName, String projectDomainName,
                        Duration cacheTime, Duration timeout) {

    static KeystoneSettings fromConfig(ConfigOpts config) {
        String authUrl = required(config, AuthOptions.AUTH_URL);
        String base = authUrl.endsWith("/") ? authUrl.substring(0, authUrl.length() - 1) : authUrl;
        String identity = base.endsWith("/v3") ? base : base + "/v3";
        String www = config.string(AuthOptions.WWW_AUTHENTICATE_URI);
        int cache = config.integer(AuthOptions.TOKEN_CACHE_TIME);
        return new KeystoneSettings(identity, www == null || www.isBlank() ? base : www,
                required(config, AuthOptions.USERNAME), required(config, AuthOptions.PASSWORD),
                config.string(AuthOptions.USER_DOMAIN_NAME), required(config, AuthOptions.PROJECT_NAME),
                config.string(AuthOptions.PROJECT_DOMAIN_NAME),
                cache < 0 ? Duration.ZERO : Duration.ofSeconds(cache),
                Duration.ofSeconds(config.integer(AuthOptions.HTTP_CONNECT_TIMEOUT)));
    }

    private static String required(ConfigOpts config, org.jnova.ports.config.ConfigOption option) {
        String v = config.string(option);
        if (v == null || v.isBlank()) {
            throw new ConfigException("[api] auth_strategy = keystone needs [" + option.group() + "] "
                    + option.name());
        }
        return v;
    }
}
