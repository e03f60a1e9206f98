package org.jnova.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jnova.domain.rpc.RemoteFailure;
import org.junit.jupiter.api.Test;

class OsloMessagesTest {
    private static String inner(String sample) {
        return (String) GoldenSamples.map(sample).get("oslo.message");
    }

    /** Unpacks a golden request and builds it again: the same bytes once the fresh _unique_id is put back. */
    private static void assertRebuildsExactly(String sample, boolean isCall) {
        String golden = inner(sample);
        @SuppressWarnings("unchecked")
        Map<String, Object> msg = (Map<String, Object>) PyJson.loads(golden);
        IncomingRpc in = OsloMessages.unpack(msg);
        Map<String, Object> ctx = new LinkedHashMap<>(in.context());
        Map<String, Object> rebuilt = OsloMessages.request(in.method(), in.args(), in.namespace(),
                (String) in.message().get("version"), in.msgId(), in.replyQ(), in.clientTimeout(), isCall, ctx);
        assertThat((String) rebuilt.get("_unique_id")).matches("[0-9a-f]{32}").isNotEqualTo(in.uniqueId());
        rebuilt.put("_unique_id", in.uniqueId());
        assertThat(PyJson.dumps(rebuilt)).as(sample).isEqualTo(golden);
    }

    @Test
    void requestsHavePythonKeyOrder() {
        assertRebuildsExactly("wire_ping", true);
        assertRebuildsExactly("wire_object_action_save", true);
        assertRebuildsExactly("wire_object_class_action_versions", true);
        assertRebuildsExactly("wire_stop_instance_cast", false);
    }

    @Test
    void unpackSplitsContextAndCallFields() {
        @SuppressWarnings("unchecked")
        IncomingRpc in = OsloMessages.unpack((Map<String, Object>) PyJson.loads(inner("wire_ping")));
        assertThat(in.method()).isEqualTo("ping");
        assertThat(in.namespace()).isEqualTo("baseapi");
        assertThat(in.version()).isEqualTo("1.0");
        assertThat(in.isCall()).isTrue();
        assertThat(in.msgId()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(in.replyQ()).isEqualTo("reply_fedcba9876543210fedcba9876543210");
        assertThat(in.message()).containsOnlyKeys("method", "args", "namespace", "version");
        // oslo's RpcContext pops msg_id, reply_q and client_timeout off the context dict
        assertThat(in.context()).containsEntry("user_id", "u1").doesNotContainKeys("client_timeout", "_msg_id");
        @SuppressWarnings("unchecked")
        IncomingRpc cast = OsloMessages.unpack((Map<String, Object>) PyJson.loads(inner("wire_stop_instance_cast")));
        assertThat(cast.isCall()).isFalse();
        assertThat(OsloMessages.unpack(Map.of("method", "m", "_timeout", 20)).clientTimeout()).isEqualTo(20);
        assertThatThrownBy(() -> OsloMessages.unpack(Map.of("method", "m", "_msg_id", 7)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("_msg_id must be a string");
    }

    @Test
    void repliesHavePythonKeyOrder() {
        for (String sample : List.of("wire_reply_ping", "wire_reply_object_action")) {
            String golden = inner(sample);
            @SuppressWarnings("unchecked")
            Map<String, Object> msg = (Map<String, Object>) PyJson.loads(golden);
            Map<String, Object> reply = OsloMessages.reply(msg.get("result"), (String) msg.get("failure"),
                    (Boolean) msg.get("ending"), (String) msg.get("_msg_id"));
            reply.put("_unique_id", msg.get("_unique_id"));
            assertThat(PyJson.dumps(reply)).isEqualTo(golden);
        }
    }

    @Test
    void failuresRoundTripThroughTheirJsonString() {
        Map<String, Object> golden = GoldenSamples.map("failure_UnexpectedTaskStateError");
        RemoteFailure f = OsloMessages.parseFailure(PyJson.dumps(golden));
        assertThat(f.className()).isEqualTo("UnexpectedTaskStateError");
        assertThat(f.module()).isEqualTo("nova.exception");
        assertThat(f.tb()).hasSize(3);
        assertThat(f.kwargs()).containsEntry("code", 500L);
        String json = OsloMessages.serializeFailure(f);
        assertThat(json).startsWith("{\"class\": \"UnexpectedTaskStateError\", \"module\": \"nova.exception\", "
                + "\"message\": ");
        assertThat(PyJson.loads(json)).isEqualTo(golden);
        assertThat(OsloMessages.parseFailure("{\"class\": \"E\", \"module\": \"exceptions\"}").module())
                .isEqualTo("builtins");
        assertThatThrownBy(() -> OsloMessages.parseFailure("[]")).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void notificationsFollowTheMessagingV2Layout() {
        Map<String, Object> n = OsloMessages.notification("compute.host1", "compute.instance.create.end", "warning",
                Map.of("instance_id", "i-1"), Instant.parse("2026-11-22T03:14:44Z"), Map.of("user_id", "u1"));
        assertThat(n.keySet()).containsExactly("message_id", "publisher_id", "event_type", "priority", "payload",
                "timestamp", "_unique_id", "_context_user_id");
        assertThat(n.get("priority")).isEqualTo("WARN");
        assertThat(n.get("timestamp")).isEqualTo("2026-11-22 03:14:44");
        assertThat((String) n.get("message_id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(PyDateTime.str(Instant.parse("2026-11-22T03:14:44.049342Z"))).isEqualTo("2026-11-22 03:14:44.049342");
    }

    @Test
    void idsAreFreshUuid4Hex() {
        String a = OsloMessages.newId();
        assertThat(a).matches("[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}");
        assertThat(OsloMessages.newId()).isNotEqualTo(a);
    }

    @Test
    void uniqueIdCacheRemembersTheLastSixteen() throws Exception {
        UniqueIdCache cache = new UniqueIdCache();
        assertThat(cache.seenBefore(null)).isFalse();
        for (int i = 0; i < 17; i++) {
            assertThat(cache.seenBefore("id" + i)).isFalse();
        }
        assertThat(cache.seenBefore("id16")).isTrue();
        assertThat(cache.seenBefore("id1")).isTrue();
        assertThat(cache.seenBefore("id0")).isFalse(); // evicted, so accepted again
        UniqueIdCache shared = new UniqueIdCache();
        AtomicInteger firsts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 400; i++) {
            pool.submit(() -> {
                if (!shared.seenBefore("same")) {
                    firsts.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(firsts.get()).isEqualTo(1);
    }

    @Test
    void pyReprWritesPythonLiterals() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1L);
        m.put("b", null);
        m.put("c", List.of("x", true, false, 2.5, 1.0));
        assertThat(PyRepr.repr(m)).isEqualTo("{'a': 1, 'b': None, 'c': ['x', True, False, 2.5, 1.0]}");
        assertThat(PyRepr.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PyRepr.repr("it's \"q\"")).isEqualTo("'it\\'s \"q\"'");
        assertThat(PyRepr.repr("a\\b\n\u0001é\u00a0")).isEqualTo("'a\\\\b\\n\\x01é\\xa0'");
        assertThat(PyRepr.repr(new java.util.LinkedHashSet<>())).isEqualTo("set()");
        assertThat(PyRepr.repr(Double.NaN)).isEqualTo("nan");
    }
}
