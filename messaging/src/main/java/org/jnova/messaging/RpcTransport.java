package org.jnova.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.jnova.domain.rpc.RpcVersion;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.messaging.driver.TransportDriver;
import org.jnova.ports.transport.wire.TransportWire;

/**
 * oslo's {@code Transport} facade over a {@link TransportDriver}: it checks targets before the driver
 * sees them and creates clients, servers and notifiers. One per process (an all-in-one shares it).
 */
public final class RpcTransport implements AutoCloseable {
    private static final AtomicInteger HEARTBEAT_THREADS = new AtomicInteger();

    private final TransportDriver driver;
    /** Call-monitor heartbeats of every server of this transport: one timer thread, not one per call. */
    private final ScheduledExecutorService heartbeats;

    public RpcTransport(TransportDriver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rpc-heartbeat-" + HEARTBEAT_THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A transport over a plugin's wire, wrapped in the RPC core every transport shares. */
    public static RpcTransport overWire(TransportWire wire) {
        return new RpcTransport(new CoreTransportDriver(wire));
    }

    public TransportDriver driver() {
        return driver;
    }

    /**
     * A client ({@code get_rpc_client}) for {@code base} (topic required; namespace, version, server and
     * fanout optional). {@code versionCap} null means uncapped; {@code defaultTimeout} is
     * {@code rpc_response_timeout}.
     */
    public RpcClient client(Target base, Duration defaultTimeout, String versionCap) {
        if (versionCap != null) {
            RpcVersion.parse(versionCap);
        }
        return new RpcClient(this, base, defaultTimeout, null, null, versionCap);
    }

    /**
     * A server ({@code get_rpc_server}) consuming {@code topic}, {@code topic.server} and the topic's fanout,
     * dispatching to {@code endpoints} in order on {@code executorThreads} threads. Not started yet.
     */
    public RpcServer server(Target target, List<RpcEndpoint> endpoints, int executorThreads) {
        if (target.topic() == null || target.topic().isEmpty()) {
            throw new InvalidTarget("A server's target must have a topic", target);
        }
        if (target.server() == null || target.server().isEmpty()) {
            throw new InvalidTarget("A server's target must have a server name", target);
        }
        if (executorThreads < 1) {
            throw new IllegalArgumentException("executor_thread_pool_size must be at least 1, got " + executorThreads);
        }
        return new RpcServer(this, target, new RpcDispatcher(endpoints), executorThreads);
    }

    /** A notifier publishing as {@code <service>.<host>}; it sends nothing unless {@code enabled}. */
    public Notifier notifier(String service, String host, boolean enabled) {
        return new Notifier(driver, service + "." + host, enabled);
    }

    /** Checks a target for a cast ({@code Transport._send}): a topic is required. */
    void checkSendTarget(Target target) {
        if (target.topic() == null || target.topic().isEmpty()) {
            throw new InvalidTarget("A topic is required to send", target);
        }
    }

    /** Checks a target for a call: a topic is required and fanout is not allowed. */
    void checkCallTarget(Target target) {
        checkSendTarget(target);
        if (target.fanout()) {
            throw new InvalidTarget("A call cannot be used with fanout", target);
        }
    }

    ScheduledExecutorService heartbeats() {
        return heartbeats;
    }

    /** Stops the heartbeat timer and closes the driver. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
        driver.close();
    }
}
