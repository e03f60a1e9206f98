package org.jnova.api.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP listener of the compute API: the JDK's HttpServer with a bounded worker pool (a full queue
 * makes the caller's thread run the request, which slows accepting instead of dropping connections).
 */
public final class ApiHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHttpServer.class);
    private static final int QUEUE = 1024;
    static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on
        // (its default) the body waits for the client's delayed ACK, ~40 ms on Linux, on every response
        // with a body. The property is read once, when the server classes load; an explicit -D wins.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private ApiHttpServer(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds {@code listen:port} (port 0 = any free port) and starts serving. */
    public static ApiHttpServer start(String listen, int port, int workers, ApiRouter router) throws IOException {
        if (workers < 1) {
            throw new IllegalArgumentException("API workers must be at least 1, got " + workers);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(listen, port), 256);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "osapi-compute-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.createContext("/", router);
        server.setExecutor(executor);
        server.start();
        LOG.info("Compute API listening on http://{}:{}/v2.1", listen, server.getAddress().getPort());
        return new ApiHttpServer(server, executor);
    }

    /** The bound port (useful when started on port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
