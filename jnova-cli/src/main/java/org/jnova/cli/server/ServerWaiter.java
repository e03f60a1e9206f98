package org.jnova.cli.server;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** Polls {@code GET /servers/{id}} until a condition holds, with a deadline. */
final class ServerWaiter {
    private static final long POLL_MS = 250;

    private ServerWaiter() {
    }

    /** The server once {@code done} holds; a ComputeApiException when the deadline passes first. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> until(ComputeApiClient client, String id, Duration timeout,
                                     Predicate<Map<String, Object>> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Object> server = (Map<String, Object>) client.get("/servers/" + id).get("server");
            if (done.test(server)) {
                return server;
            }
            if (System.nanoTime() > deadline) {
                throw new ComputeApiException(0, "timed out after " + timeout.toSeconds() + " s waiting for server "
                        + id + " (status " + server.get("status") + ", task_state "
                        + server.get("OS-EXT-STS:task_state") + ")");
            }
            sleep();
        }
    }

    /** Waits until the server is gone (404). */
    static void untilDeleted(ComputeApiClient client, String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                client.get("/servers/" + id);
            } catch (ComputeApiException e) {
                if (e.status() == 404) {
                    return;
                }
                throw e;
            }
            if (System.nanoTime() > deadline) {
                throw new ComputeApiException(0, "timed out after " + timeout.toSeconds()
                        + " s waiting for server " + id + " to be deleted");
            }
            sleep();
        }
    }

    /** True when no task is running. */
    static boolean settled(Map<String, Object> server) {
        return server.get("OS-EXT-STS:task_state") == null && !"BUILD".equals(server.get("status"));
    }

    /** Fails with the server's fault (if any) unless it reached {@code status}. */
    static void expectStatus(Map<String, Object> server, String status) {
        if (!status.equals(server.get("status"))) {
            Object fault = server.get("fault") instanceof Map<?, ?> f ? f.get("message") : null;
            throw new ComputeApiException(0, "server " + server.get("id") + " is " + server.get("status")
                    + ", expected " + status + (fault != null ? ": " + fault : ""));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComputeApiException(0, "interrupted while waiting");
        }
    }
}
