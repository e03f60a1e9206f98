package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.util.Map;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.TransportException;
import org.jnova.ports.transport.wire.ReplySink;
import org.jnova.ports.transport.wire.WireReply;

/**
 * This process's {@code reply_<hex>} queue (wire spec §4) on its own connection: each body is decoded on the
 * reader thread and handed to the core's inbox, which does the waiting.
 */
final class ReplyConsumer implements AutoCloseable {
    private final String queue = "reply_" + OsloMessages.newId();
    private final Connection connection;

    ReplyConsumer(Connection connection, Topology topology, RabbitSettings settings, ReplySink sink) {
        this.connection = connection;
        try {
            Channel ch = connection.createChannel();
            if (settings.qosPrefetchCount() > 0) {
                ch.basicQos(settings.qosPrefetchCount());
            }
            topology.declareReplyQueue(ch, queue);
            ch.basicConsume(queue, true, "1", new DefaultConsumer(ch) {
                @Override
                public void handleDelivery(String tag, Envelope env, AMQP.BasicProperties props, byte[] body) {
                    route(body, sink);
                }
            });
        } catch (IOException e) {
            throw new TransportException("cannot set up reply queue " + queue + ": " + e, e);
        }
    }

    String queue() {
        return queue;
    }

    private void route(byte[] body, ReplySink sink) {
        Map<String, Object> reply;
        try {
            reply = WireCodec.decode(body);
        } catch (MalformedMessageException e) {
            sink.reject("undecodable reply on " + queue + ": " + e.getMessage());
            return;
        }
        if (!(reply.get("_msg_id") instanceof String msgId)) {
            sink.reject("reply on " + queue + " without a _msg_id string");
            return;
        }
        sink.deliver(new WireReply(msgId, reply.get("result"), reply.get("failure"),
                Boolean.TRUE.equals(reply.get("ending")), reply.get("_unique_id") instanceof String u ? u : null));
    }

    @Override
    public void close() {
        BrokerConnector.closeQuietly(connection, "reply");
    }
}
