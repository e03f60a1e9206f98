package org.jnova.messaging.driver;

import java.util.Map;
import org.jnova.domain.rpc.Target;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.MessageDeliveryFailureException;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;

/**
 * The transport as the RPC engine sees it, after oslo.messaging's {@code BaseDriver}: send, call, listen, notify.
 * Its one implementation is {@link CoreTransportDriver}, the RPC core wrapped around a transport plugin's
 * {@link org.jnova.ports.transport.wire.TransportWire}; plugins never implement this. Values handed to it are
 * JSON-ready (maps, lists, strings, numbers, booleans, null).
 * <p>
 * Implementations MUST be thread-safe: many threads call and cast at once.
 */
public interface TransportDriver extends AutoCloseable {
    /**
     * Casts: publishes the message to {@code target} (topic, {@code topic.server}, or the topic's fanout
     * when {@code target.fanout()}) and returns once the transport has accepted it (publisher confirm).
     * MUST throw {@link MessageDeliveryFailureException} if it cannot publish within the retry budget,
     * never drop silently.
     */
    void send(Target target, Map<String, Object> context, Map<String, Object> message, SendOptions options);

    /**
     * Calls: publishes and blocks until the final reply. Returns the reply's {@code result}. MUST throw
     * {@link RemoteFailureException} when the reply carries a failure and
     * {@link MessagingTimeoutException} when the timeout (or the call-monitor timeout without a
     * heartbeat) expires; a call never hangs past its timeout.
     */
    Object call(Target target, Map<String, Object> context, Map<String, Object> message, CallOptions options);

    /** Starts consuming requests for {@code target} (topic and server required) and hands each to the handler. */
    Listener listen(Target target, IncomingHandler handler);

    /**
     * Sends a notification on {@code <topic>.<priority>} in the control exchange. Errors are logged,
     * never thrown to the caller (oslo's notifier semantics).
     */
    void sendNotification(String topic, String priority, Map<String, Object> context, Map<String, Object> message);

    /** Closes connections; listeners stop. */
    @Override
    void close();
}
