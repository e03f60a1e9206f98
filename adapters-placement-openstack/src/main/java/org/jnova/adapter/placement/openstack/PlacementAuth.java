package org.jnova.adapter.placement.openstack;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import org.jnova.ports.config.ConfigView;

/** How requests reach Placement: its endpoint and the token sent with them, as {@code [placement] auth_type} says. */
interface PlacementAuth {
    /** Where to send a request now and the X-Auth-Token to send (null for none), authenticating if needed. */
    Credentials credentials();

    /** Placement refused the token (401): forget it; true if asking again may give a fresh one. */
    boolean invalidate();

    /** A Placement endpoint (no trailing slash) and a token. */
    record Credentials(String endpoint, String token) {
    }

    /** A fixed endpoint and token: {@code admin_token}, or {@code none} without a token. */
    record Static(Credentials credentials) implements PlacementAuth {
        @Override
        public boolean invalidate() {
            return false;
        }
    }

    /** The auth plugin {@code [placement]} configures; a missing option is named in the error. */
    static PlacementAuth fromConfig(ConfigView config, HttpClient http, Duration timeout) {
        String type = PlacementOptions.text(config, PlacementOptions.AUTH_TYPE);
        String override = PlacementOptions.text(config, PlacementOptions.ENDPOINT_OVERRIDE);
        String endpoint = override != null ? override : PlacementOptions.text(config, PlacementOptions.ENDPOINT);
        switch (type == null ? "none" : type.toLowerCase(Locale.ROOT)) {
            case "admin_token" -> {
                String token = PlacementOptions.text(config, PlacementOptions.TOKEN);
                if (token == null) {
                    throw new IllegalArgumentException("[placement] auth_type = admin_token needs [placement] token");
                }
                return new Static(new Credentials(required(endpoint, type), token));
            }
            case "none", "noauth" -> {
                return new Static(new Credentials(required(endpoint, type == null ? "none" : type), null));
            }
            case "password", "v3password" -> {
                return KeystonePasswordAuth.fromConfig(config, http, timeout, override);
            }
            default -> throw new IllegalArgumentException("[placement] auth_type = " + type + " is not supported;"
                    + " use password (Keystone v3), admin_token or none");
        }
    }

    private static String required(String endpoint, String type) {
        if (endpoint == null) {
            throw new IllegalArgumentException("[placement] auth_type = " + type + " needs [placement] endpoint_override"
                    + " (or endpoint): Placement's URL, e.g. http://127.0.0.1:8778");
        }
        return trimSlash(endpoint);
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
