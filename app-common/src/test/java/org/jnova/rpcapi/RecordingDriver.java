package org.jnova.rpcapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.driver.CallOptions;
import org.jnova.messaging.driver.IncomingHandler;
import org.jnova.messaging.driver.SendOptions;
import org.jnova.messaging.driver.TransportDriver;
import org.jnova.ports.transport.Listener;

/** A driver that records what the engine hands it and answers calls from a function (no bus). */
final class RecordingDriver implements TransportDriver {
    record Sent(Target target, Map<String, Object> context, Map<String, Object> message, boolean call,
                CallOptions callOptions) {
    }

    final List<Sent> sent = new ArrayList<>();
    private final Function<Map<String, Object>, Object> answer;

    RecordingDriver(Function<Map<String, Object>, Object> answer) {
        this.answer = answer;
    }

    Sent last() {
        return sent.get(sent.size() - 1);
    }

    @Override
    public void send(Target target, Map<String, Object> context, Map<String, Object> message, SendOptions options) {
        sent.add(new Sent(target, context, message, false, null));
    }

    @Override
    public Object call(Target target, Map<String, Object> context, Map<String, Object> message, CallOptions options) {
        sent.add(new Sent(target, context, message, true, options));
        return answer.apply(message);
    }

    @Override
    public Listener listen(Target target, IncomingHandler handler) {
        throw new UnsupportedOperationException("recording driver does not listen");
    }

    @Override
    public void sendNotification(String topic, String priority, Map<String, Object> context,
                                 Map<String, Object> message) {
        throw new UnsupportedOperationException("recording driver does not notify");
    }

    @Override
    public void close() {
    }
}
