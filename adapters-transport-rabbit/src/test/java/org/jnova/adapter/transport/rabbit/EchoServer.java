package org.jnova.adapter.transport.rabbit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.messaging.driver.IncomingHandler;
import org.jnova.messaging.driver.RpcIncomingMessage;

/**
 * A tiny test server behind the driver port: {@code add(a, b)}, {@code fail()} (a failure reply),
 * {@code slow(seconds, heartbeat)} (sleeps, optionally sending heartbeats every 0.3 s); every request is
 * also recorded.
 */
final class EchoServer implements IncomingHandler, AutoCloseable {
    final LinkedBlockingQueue<RpcIncomingMessage> received = new LinkedBlockingQueue<>();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @Override
    public void onMessage(RpcIncomingMessage m) {
        received.add(m);
        pool.execute(() -> handle(m));
    }

    @SuppressWarnings("unchecked")
    private void handle(RpcIncomingMessage m) {
        Map<String, Object> args = (Map<String, Object>) m.message().get("args");
        switch (String.valueOf(m.message().get("method"))) {
            case "add" -> m.reply(((Number) args.get("a")).longValue() + ((Number) args.get("b")).longValue());
            case "fail" -> m.replyFailure(new RemoteFailure("InstanceNotFound", "nova.exception",
                    "Instance i-1 could not be found.", List.of("java stack\n"), List.of(),
                    Map.of("code", 404, "instance_id", "i-1")));
            case "slow" -> {
                long until = System.currentTimeMillis() + (long) (((Number) args.get("seconds")).doubleValue() * 1000);
                while (System.currentTimeMillis() < until) {
                    sleep(300);
                    if (Boolean.TRUE.equals(args.get("heartbeat"))) {
                        m.heartbeat();
                    }
                }
                m.reply("done");
            }
            default -> m.reply(null);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
