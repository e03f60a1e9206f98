package org.jnova.ports.transport.wire;

import java.util.Map;
import org.jnova.domain.rpc.Target;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.MessageDeliveryFailureException;

/**
 * One transport's wire, as oslo's driver layer would be without its shared engine. The RPC core calls it from
 * many threads at once: implementations MUST be thread-safe.
 */
public interface TransportWire extends AutoCloseable {
    /**
     * Publishes a request to {@code target}: the topic (any one server), {@code topic.server}, or the topic's fanout
     * when {@code target.fanout()}. A call carries {@link WireRequest#msgId()} and the address from
     * {@link #openReplies}; a cast carries neither. Returns once the broker has accepted it; MUST throw
     * {@link MessageDeliveryFailureException} when the retry budget or {@link PublishOptions#deadlineNanos()} runs
     * out, never drop silently.
     */
    void publish(Target target, WireRequest request, PublishOptions options);

    /**
     * Opens this process's reply inbox (oslo's {@code reply_<id>} queue or dynamic reply link) and returns its
     * address, which the core puts on every call. Called once, before the first call; every reply that arrives is
     * handed to {@code sink} on the wire's thread.
     */
    String openReplies(ReplySink sink);

    /**
     * Sends one reply or heartbeat to a caller's reply address. A caller that has gone is the wire's to detect
     * (and, where its protocol says, retry); errors are logged, never thrown into the server's worker.
     */
    void publishReply(String replyAddress, WireReply reply);

    /**
     * Consumes {@code topic}, {@code topic.server} and the topic's fanout for {@code target} (topic and server
     * required), acknowledging each message as oslo's driver for this protocol does, and hands every request to
     * {@code sink}: decoded ones to {@link RequestSink#deliver}, undecodable ones to {@link RequestSink#reject}.
     */
    Listener subscribe(Target target, RequestSink sink);

    /**
     * Sends a notification on {@code <topic>.<priority>} in the control exchange. Errors are logged, never thrown
     * (oslo's notifier semantics).
     */
    void publishNotification(String topic, String priority, Map<String, Object> context, Map<String, Object> message);

    /** Closes connections; subscriptions stop. */
    @Override
    void close();
}
