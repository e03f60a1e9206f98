package org.jnova.api.http;

import java.io.IOException;
import org.jnova.api.auth.NoAuth2;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.image.ImageCatalog;
import org.jnova.api.policy.Policy;
import org.jnova.api.testing.InMemoryBackend;

/** jnova's HTTP API over an in-memory backend on an ephemeral loopback port: noauth2, Nova's default policies. */
final class InMemoryApi {
    private InMemoryApi() {
    }

    static ApiHttpServer start(InMemoryBackend backend) throws IOException {
        ImageCatalog images = ImageCatalog.inMemory();
        return ApiHttpServer.start("127.0.0.1", 0, 4, new ApiRouter(new ComputeApi(backend, images), backend,
                new NoAuth2(), new Policy(null, false), images));
    }
}
