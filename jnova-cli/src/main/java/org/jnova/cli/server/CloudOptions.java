package org.jnova.cli.server;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The OpenStack client credentials, as openstackclient takes them: {@code --os-*} options (global, before
 * the subcommand, or after it), else the {@code OS_*} environment variables, else the cloud named by
 * {@code --os-cloud}/{@code OS_CLOUD} in clouds.yaml. Declared on the root {@code jnova} command.
 */
public final class CloudOptions {
    @Option(names = "--os-cloud", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Cloud of clouds.yaml (./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml) [OS_CLOUD]")
    String cloud;

    @Option(names = "--os-auth-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Keystone endpoint, e.g. http://127.0.0.1:5000/v3; without one jnova talks noauth2 [OS_AUTH_URL]")
    String authUrl;

    @Option(names = "--os-username", scope = ScopeType.INHERIT, paramLabel = "NAME", description = "[OS_USERNAME]")
    String username;

    @Option(names = "--os-password", scope = ScopeType.INHERIT, paramLabel = "PASSWORD", description = "[OS_PASSWORD]")
    String password;

    @Option(names = "--os-project-name", scope = ScopeType.INHERIT, paramLabel = "NAME", description = "[OS_PROJECT_NAME]")
    String projectName;

    @Option(names = "--os-user-domain-name", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "[OS_USER_DOMAIN_NAME, default Default]")
    String userDomainName;

    @Option(names = "--os-project-domain-name", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "[OS_PROJECT_DOMAIN_NAME, default Default]")
    String projectDomainName;

    @Option(names = "--os-region-name", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Region of the catalog's endpoints [OS_REGION_NAME]")
    String regionName;

    @Option(names = "--os-token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
            description = "A token to send as it is (a Keystone token, or noauth2's user:project) [OS_TOKEN]")
    String token;
}
