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
import java.util.Map;
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
        factory.setRecoveryDelayHandler(new OsloBackoff(settings));
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
     * each automatic recovery. Fails with a TransportException naming the URL when no host accepts.
     */
    public Connection open(String role, Runnable onRecovery) {
        String name = processName + ":" + role + ":" + UUID.randomUUID();
        try {
            Connection c = factory.newConnection(addresses, name);
            if (c instanceof Recoverable r) {
                r.addRecoveryListener(new RecoveryListener() {
                    @Override
                    public void handleRecovery(Recoverable recoverable) {
                        LOG.info("connection {} to {} recovered", name, urlForLogs);
                        onRecovery.run();
                    }

                    @Override
                    public void handleRecoveryStarted(Recoverable recoverable) {
                        LOG.warn("connection {} to {} lost; reconnecting", name, urlForLogs);
                    }
                });
            }
            return c;
        } catch (IOException | TimeoutException e) {
            throw new TransportException("cannot connect to " + urlForLogs + " (" + addresses + "): " + e, e);
        }
    }

    /** Client properties oslo peers show in {@code rabbitmqctl list_connections}. */
    Map<String, Object> clientProperties() {
        return factory.getClientProperties();
    }
}
