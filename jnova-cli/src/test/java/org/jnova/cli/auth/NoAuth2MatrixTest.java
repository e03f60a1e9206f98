package org.jnova.cli.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jnova.cli.bench.EmbeddedCloud;
import org.jnova.cli.e2e.TestingServers;
import org.jnova.common.config.ConfigOpts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The matrix on the all-in-one's default, noauth2: a user:project token, admin only for user admin. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoAuth2MatrixTest extends AuthMatrix {
    @BeforeAll
    void startCloud() throws Exception {
        Path plugins = TestingServers.builtPlugins("jnova-transport-fake.zip", "jnova-hypervisor-fake.zip");
        state = Files.createTempDirectory("jnova-noauth-matrix-");
        ConfigOpts config = EmbeddedCloud.embeddedConfig(List.of(), state, EmbeddedCloud.freePort());
        config.set("DEFAULT", "periodic_fuzzy_delay", "0");
        cloud = EmbeddedCloud.start(config, plugins);
    }

    @AfterAll
    void stopCloud() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        TestingServers.deleteTree(state);
    }

    @Override
    String token(Caller caller) {
        return switch (caller) {
            case OWNER_MEMBER -> "demo:demo";
            case OWNER_READER -> "demo-reader:demo";
            case OTHER_PROJECT -> "alt:alt";
            case ADMIN -> "admin:admin";
            case NO_TOKEN, BAD_TOKEN -> null;
        };
    }

    @Override
    int noTokenStatus() {
        return 204;
    }

    @Override
    boolean hasBadToken() {
        return false;
    }

    @Test
    void everyRouteAnswersAsNovasPoliciesSay() throws Exception {
        runMatrix();
    }
}
