package org.jnova.compute.ops;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where builds run once {@code build_and_run_instance} has returned (Nova's {@code spawn_n} plus
 * {@code _build_semaphore}): any number may wait, at most {@code max_concurrent_builds} run the build
 * body at once (0 = unlimited). {@link #shutdown} lets the builds already accepted finish.
 */
public final class BuildExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(BuildExecutor.class);

    private final Semaphore slots;
    private final ExecutorService threads;

    public BuildExecutor(int maxConcurrentBuilds) {
        this.slots = maxConcurrentBuilds == 0 ? null : new Semaphore(maxConcurrentBuilds, true);
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "compute-build-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a build; it runs on its own thread. Refused once the executor is shutting down. */
    public void submit(Runnable build) {
        try {
            threads.execute(build);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("nova-compute is stopping; no new builds are accepted", e);
        }
    }

    /** Runs {@code body} holding one of the {@code max_concurrent_builds} slots. */
    public void throttled(Runnable body) {
        if (slots == null) {
            body.run();
            return;
        }
        slots.acquireUninterruptibly();
        try {
            body.run();
        } finally {
            slots.release();
        }
    }

    /** Stops accepting builds and waits up to {@code timeout} for the running ones; true if all ended. */
    public boolean shutdown(Duration timeout) {
        threads.shutdown();
        try {
            boolean done = threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                LOG.warn("Builds still running after {} s of graceful shutdown; abandoning them", timeout.toSeconds());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
