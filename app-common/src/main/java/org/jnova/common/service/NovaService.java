package org.jnova.common.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcServer;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.jnova.rpcapi.BaseRpcEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code nova/service.py Service}: runs a {@link Manager}. Start (Zed order): init_host, read or create
 * the Service record (version {@value Service#SERVICE_VERSION}), pre_start_hook, RPC server on
 * {@code Target(topic, server=host)}, post_start_hook, servicegroup join, periodic tasks. Stop: stop
 * consuming, wait up to graceful_shutdown_timeout for in-flight requests, cleanup_host, cancel timers.
 * The record is not deleted on stop; the service simply goes down after service_down_time.
 */
public final class NovaService implements RunningService {
    private static final Logger LOG = LoggerFactory.getLogger(NovaService.class);

    private final ServiceEnvironment env;
    private final Manager manager;
    private final ServiceRecordStore store;
    private final ServiceGroupDriver serviceGroup;
    private final String host;
    private final Object recordLock = new Object();
    private Service record;
    private RpcServer rpcServer;
    private PeriodicTaskRunner periodic;
    private Thread shutdownHook;
    private boolean started;
    private boolean stopped;

    public NovaService(ServiceEnvironment env, Manager manager, ServiceRecordStore store, ServiceGroupDriver serviceGroup) {
        this.env = env;
        this.manager = manager;
        this.store = store;
        this.serviceGroup = serviceGroup;
        this.host = env.host();
    }

    /**
     * Starts the service (see the class comment) and, unless the process manages shutdown, installs a
     * JVM shutdown hook (SIGTERM) that stops it.
     */
    public synchronized NovaService start() throws Exception {
        if (started) {
            throw new IllegalStateException(description() + " already started");
        }
        started = true;
        ConfigOpts conf = env.config();
        LOG.info("Starting {} node (jnova version 0.1.0) on host {}", manager.topic(), host);
        manager.initHost();
        synchronized (recordLock) {
            record = readOrCreateRecord();
        }
        manager.preStartHook();
        rpcServer = startRpcServer();
        manager.postStartHook();
        serviceGroup.join(host, manager.topic(), this::reportState);
        List<PeriodicTask> tasks = manager.periodicTasks();
        if (conf.bool(NovaOptions.PERIODIC_ENABLE) && !tasks.isEmpty()) {
            int fuzzy = conf.integer(NovaOptions.PERIODIC_FUZZY_DELAY);
            long initialDelay = fuzzy > 0 ? ThreadLocalRandom.current().nextInt(fuzzy + 1) : 0;
            periodic = new PeriodicTaskRunner(manager.topic() + "-" + host, tasks, initialDelay);
        }
        if (!env.processManagesShutdown()) {
            shutdownHook = new Thread(this::close, "shutdown-" + manager.binary());
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        LOG.info("{} started", description());
        return this;
    }

    private Service readOrCreateRecord() {
        Service existing = store.getByHostAndBinary(host, manager.binary());
        if (existing != null) {
            return updateVersion(existing);
        }
        Service fresh = new Service();
        fresh.set("host", host);
        fresh.set("binary", manager.binary());
        fresh.set("topic", manager.topic());
        fresh.set("report_count", 0L);
        fresh.set("version", (long) Service.SERVICE_VERSION);
        try {
            return store.create(fresh);
        } catch (NovaException e) {
            String cls = e.novaClass();
            if (!"ServiceTopicExists".equals(cls) && !"ServiceBinaryExists".equals(cls)) {
                throw e;
            }
            // a sibling worker created it first: use theirs
            Service raced = store.getByHostAndBinary(host, manager.binary());
            if (raced == null) {
                throw e;
            }
            return updateVersion(raced);
        }
    }

    private Service updateVersion(Service existing) {
        if (existing.getVersion() == Service.SERVICE_VERSION) {
            return existing;
        }
        LOG.info("Updating service version for {} on {} from {} to {}", manager.binary(), host,
                existing.getVersion(), Service.SERVICE_VERSION);
        existing.set("version", (long) Service.SERVICE_VERSION);
        return store.save(existing);
    }

    /** {@code DbDriver._report_state}: report_count + 1 and save; the store sets last_seen_up. */
    void reportState() {
        synchronized (recordLock) {
            record.set("report_count", record.getReportCount() + 1);
            record = store.save(record);
        }
    }

    /**
     * Starts an RPC server on the manager's topic and this host with its endpoints plus {@code baseapi}
     * (one per worker; {@link #start} starts the first). The caller closes the ones it started itself.
     */
    public RpcServer startRpcServer() {
        List<RpcEndpoint> endpoints = new ArrayList<>(manager.endpoints());
        endpoints.add(new BaseRpcEndpoint(manager.serviceName()));
        return env.rpcTransport().server(Target.topic(manager.topic()).withServer(host), endpoints,
                env.config().integer(NovaOptions.EXECUTOR_THREAD_POOL_SIZE)).start();
    }

    /** The service record as last read or saved. */
    public Service serviceRecord() {
        synchronized (recordLock) {
            return record;
        }
    }

    public Manager manager() {
        return manager;
    }

    /** Idempotent; a second caller (e.g. the shutdown hook) waits until the first one has finished stopping. */
    @Override
    public synchronized void close() {
        if (!started || stopped) {
            return;
        }
        stopped = true;
        LOG.info("Stopping {}", description());
        Duration grace = Duration.ofSeconds(env.config().integer(NovaOptions.GRACEFUL_SHUTDOWN_TIMEOUT));
        if (rpcServer != null) {
            rpcServer.stop();
            try {
                if (!rpcServer.awaitInFlight(grace.isZero() ? Duration.ofDays(365) : grace)) {
                    LOG.warn("{}: requests still running after graceful_shutdown_timeout {} s", description(),
                            grace.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            manager.cleanupHost();
        } catch (Exception e) {
            LOG.error("{}: cleanup_host failed", description(), e);
        }
        serviceGroup.close();
        if (periodic != null) {
            periodic.close();
        }
        if (rpcServer != null) {
            rpcServer.close();
        }
        removeShutdownHook();
        LOG.info("{} stopped", description());
    }

    private void removeShutdownHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook runs or ran
            }
        }
    }

    @Override
    public String description() {
        return manager.binary() + " on " + host + " (topic " + manager.topic() + ")";
    }
}
