package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.Recoverable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.jnova.ports.transport.TransportException;
import org.jnova.ports.transport.TransportUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens broker connections for one driver: the URL's hosts (shuffled, as oslo does, then failed over in
 * order), vhost, credentials, AMQP heartbeats both ways, TLS, and amqp-client's automatic recovery with
 * topology recovery on oslo's backoff schedule, so queues, bindings and consumers come back after a
 * broker restart.
 */
public final class BrokerConnector {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerConnector.class);

    private final ConnectionFactory factory;
    private final List<Address> addresses;
    private final String processName;
    private final String urlForLogs;
    private final OsloBackoff backoff;
    /** How long a first connection is retried (a service may start just before its broker). */
    static final long FIRST_CONNECT_BUDGET_MS = 10_000;

    public BrokerConnector(TransportUrl url, RabbitSettings settings, String processName) {
        this.processName = processName;
        this.urlForLogs = url.toString();
        this.factory = new ConnectionFactory();
        TransportUrl.Host first = url.hosts().isEmpty() ? null : url.hosts().get(0);
        factory.setUsername(first != null && first.username() != null ? first.username() : "guest");
        factory.setPassword(first != null && first.password() != null ? first.password() : "guest");
        // oslo: '' (path "/") and no path both mean the broker's default vhost "/"
        String vhost = url.virtualHost();
        factory.setVirtualHost(vhost == null || vhost.isEmpty() ? "/" : vhost);
        factory.setRequestedHeartbeat(settings.heartbeatTimeoutThreshold());
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        this.backoff = new OsloBackoff(settings);
        factory.setRecoveryDelayHandler(backoff);
        factory.setConnectionTimeout(Math.max(1, settings.heartbeatTimeoutThreshold()) * 1000);
        if (settings.ssl()) {
            factory.useSslProtocol(TlsContexts.create(settings));
        }
        List<Address> list = new ArrayList<>();
        for (TransportUrl.Host h : url.hosts()) {
            String host = h.hostname() == null ? "localhost" : h.hostname();
            list.add(new Address(host, h.port() == null ? 5672 : h.port()));
        }
        if (list.isEmpty()) {
            list.add(new Address("localhost", 5672));
        }
        Collections.shuffle(list);
        this.addresses = List.copyOf(list);
    }

    /**
     * Opens a recovering connection named {@code <process>:<role>:<uuid>}; calls {@code onRecovery} after
     * each automatic recovery. amqp-client does not retry a first connection, so this retries on oslo's
     * backoff for up to {@value #FIRST_CONNECT_BUDGET_MS} ms, then fails with a TransportException naming the URL.
     */
    public Connection open(String role, Runnable onRecovery) {
        return open(role, onRecovery, false);
    }

    /**
     * As {@link #open(String, Runnable)}; with {@code inlineDeliveries} the consumers' callbacks run on the
     * connection's reader thread (see {@link InlineDeliveryExecutor}): only for consumers that never block.
     */
    Connection open(String role, Runnable onRecovery, boolean inlineDeliveries) {
        String name = processName + ":" + role + ":" + UUID.randomUUID();
        long start = System.currentTimeMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                Connection c = inlineDeliveries
                        ? factory.newConnection(InlineDeliveryExecutor.INSTANCE, addresses, name)
                        : factory.newConnection(addresses, name);
                if (c instanceof Recoverable r) {
                    r.addRecoveryListener(listener(name, onRecovery));
                }
                return c;
            } catch (IOException | TimeoutException e) {
                long wait = backoff.delayMillis(attempt);
                if (System.currentTimeMillis() - start + wait > FIRST_CONNECT_BUDGET_MS) {
                    throw new TransportException("cannot connect to " + urlForLogs + " (" + addresses + ") after "
                            + (attempt + 1) + " attempt(s): " + e, e);
                }
                LOG.warn("cannot connect to {} ({}); retrying in {} ms", urlForLogs, e.toString(), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new TransportException("interrupted while connecting to " + urlForLogs, ie);
                }
            }
        }
    }

    private RecoveryListener listener(String name, Runnable onRecovery) {
        return new RecoveryListener() {
            @Override
            public void handleRecovery(Recoverable recoverable) {
                LOG.info("connection {} to {} recovered", name, urlForLogs);
                onRecovery.run();
            }

            @Override
            public void handleRecoveryStarted(Recoverable recoverable) {
                LOG.warn("connection {} to {} lost; reconnecting", name, urlForLogs);
            }
        };
    }

    /** Closes an open connection; aborts one that is down and recovering (abort stops the recovery loop too). */
    static void closeQuietly(Connection connection, String what) {
        try {
            if (connection.isOpen()) {
                connection.close();
            } else {
                connection.abort();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing {} connection: {}", what, e.toString());
        }
    }
}
