package org.jnova.cli.server;

import org.jnova.cli.ApiUrl;
import org.jnova.cli.ConfigFileOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the API client commands: where the API is and how to print. */
public class ClientOptions {
    @Option(names = "--os-compute-url", paramLabel = "URL",
            description = "Compute API endpoint (default: http://<osapi_compute_listen>:<osapi_compute_listen_port>/v2.1 "
                    + "from the config; 0.0.0.0 becomes 127.0.0.1)")
    String computeUrl;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: table or json (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.table;

    @Mixin
    ConfigFileOptions config;

    /** Output formats. */
    public enum OutputFormat { table, json }

    public OutputFormat format() {
        return format;
    }

    /**
     * A client of the compute API with the caller's credentials: logged in to Keystone when an auth URL is
     * known (the endpoint then comes from the catalog unless --os-compute-url names one), else noauth2's
     * {@code user:project} token for the endpoint of the config.
     */
    public ComputeApiClient client(CloudOptions cloud) {
        Credentials c = Credentials.resolve(cloud, System.getenv());
        if (c.authUrl() != null && c.token() == null) {
            KeystoneLogin login = KeystoneLogin.login(c);
            String url = computeUrl != null ? computeUrl : login.endpoint("compute", c.regionName());
            if (url == null) {
                throw new ComputeApiException(0, "Keystone's catalog has no public compute endpoint"
                        + (c.regionName() == null ? "" : " in region " + c.regionName()));
            }
            String image = login.endpoint("image", c.regionName());
            return new ComputeApiClient(url, login.token(), image);
        }
        String url = computeUrl != null ? computeUrl : ApiUrl.of(config.load());
        return new ComputeApiClient(url, c.token() != null ? c.token() : c.noauthToken(), null);
    }
}
