package org.jnova.adapter.placement.openstack;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.placement.PlacementDriverFactory;
import org.jnova.ports.placement.PlacementService;
import org.pf4j.Extension;

/** {@code [scheduler] placement_driver = openstack}: an OpenStack Placement service reached as {@code [placement]} says. */
@Extension
public class OpenStackPlacementFactory implements PlacementDriverFactory {
    public static final String NAME = "openstack";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ConfigOption> options() {
        return PlacementOptions.ALL;
    }

    @Override
    public String description() {
        return "OpenStack Placement over its REST API, authenticated as [placement] auth_type says "
                + "(password against Keystone v3, admin_token, none)";
    }

    @Override
    public PlacementService create(ConfigView config) {
        Duration timeout = PlacementOptions.timeout(config);
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        return new OpenStackPlacementService(new PlacementHttp(http, PlacementAuth.fromConfig(config, http, timeout),
                timeout));
    }
}
