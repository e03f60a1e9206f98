package org.jnova.common.service;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a manager's periodic tasks on one thread (oslo runs them one after the other): the first run
 * after {@code initialDelaySeconds}, then each task every its spacing. A failing run is logged and the
 * task stays scheduled.
 */
final class PeriodicTaskRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTaskRunner.class);

    private final ScheduledExecutorService scheduler;

    PeriodicTaskRunner(String name, List<PeriodicTask> tasks, long initialDelaySeconds) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "periodic-" + name);
            t.setDaemon(true);
            return t;
        });
        for (PeriodicTask task : tasks) {
            scheduler.scheduleWithFixedDelay(() -> runOnce(task), TimeUnit.SECONDS.toMillis(initialDelaySeconds),
                    task.spacing().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    static void runOnce(PeriodicTask task) {
        LOG.debug("Running periodic task {}", task.name());
        try {
            task.action().run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError e) {
            LOG.error("Error during periodic task {}", task.name(), e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
