package org.jnova.adapter.transport.rabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.IncomingRpc;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.UniqueIdCache;
import org.junit.jupiter.api.Test;

/** Request, reply and failure bodies against the live captures of the wire spec §12. */
class WireCodecTest {
    private static String masked(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).replaceAll("[0-9a-f]{32}", "HEX");
    }

    @Test
    void callRequestHasOslosKeyOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "add");
        m.put("args", Map.of("a", 3));
        m.put("version", "6.2");
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("user_id", "u9");
        ctx.put("request_id", "req-x");
        // spec §12.4 (args shortened to one key)
        assertThat(masked(WireCodec.request(m, ctx, "983ded9efa51409db1b67d851591e555",
                "reply_0722dc61d89d46b79ffb3d721884e305", 20, null))).isEqualTo(
                "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"method\\\": \\\"add\\\", \\\"args\\\": {\\\"a\\\": 3}, "
                        + "\\\"version\\\": \\\"6.2\\\", \\\"_msg_id\\\": \\\"HEX\\\", \\\"_reply_q\\\": \\\"reply_HEX\\\", "
                        + "\\\"_timeout\\\": 20, \\\"_unique_id\\\": \\\"HEX\\\", \\\"_context_user_id\\\": \\\"u9\\\", "
                        + "\\\"_context_request_id\\\": \\\"req-x\\\"}\"}");
    }

    @Test
    void repliesAlwaysCarryFailureAndEnding() {
        assertThat(masked(WireCodec.reply("m-slow", null, null, false))).isEqualTo(
                "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"result\\\": null, \\\"failure\\\": null, "
                        + "\\\"ending\\\": false, \\\"_msg_id\\\": \\\"m-slow\\\", \\\"_unique_id\\\": \\\"HEX\\\"}\"}");
    }

    @Test
    void failuresRoundTripAsAJsonStringInOslosKeyOrder() {
        RemoteFailure f = new RemoteFailure("InstanceNotFound", "nova.exception", "Instance i-1 could not be found.",
                List.of("tb\n"), List.of(), Map.of("code", 404));
        assertThat(OsloMessages.serializeFailure(f)).isEqualTo("{\"class\": \"InstanceNotFound\", \"module\": \"nova.exception\", "
                + "\"message\": \"Instance i-1 could not be found.\", \"tb\": [\"tb\\n\"], \"args\": [], "
                + "\"kwargs\": {\"code\": 404}}");
        Map<String, Object> inner = WireCodec.decode(WireCodec.reply("m", null, OsloMessages.serializeFailure(f), true));
        RemoteFailure back = OsloMessages.parseFailure((String) inner.get("failure"));
        assertThat(back.className()).isEqualTo("InstanceNotFound");
        assertThat(back.kwargs()).containsEntry("code", 404L);
        assertThat(OsloMessages.parseFailure("{\"class\": \"KeyError\", \"module\": \"exceptions\", \"message\": \"k\"}")
                .module()).isEqualTo("builtins");
    }

    @Test
    void requestsAreSplitLikeUnpackContextAndBadFieldsAreNamed() {
        Map<String, Object> inner = WireCodec.decode(WireCodec.request(
                Map.of("method", "ping", "args", Map.of()), Map.of("request_id", "r1"), "m1", "reply_q", null, null));
        IncomingRpc p = OsloMessages.unpack(inner);
        assertThat(p.context()).containsExactly(Map.entry("request_id", "r1"));
        assertThat(p.message()).containsOnlyKeys("method", "args");
        assertThat(p.msgId()).isEqualTo("m1");
        assertThat(p.replyQ()).isEqualTo("reply_q");
        assertThat(p.uniqueId()).hasSize(32);
        Map<String, Object> bad = new LinkedHashMap<>(inner);
        bad.put("_timeout", "soon");
        assertThatThrownBy(() -> OsloMessages.unpack(bad)).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("_timeout");
    }

    @Test
    void idsLookLikeUuid4Hex() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String h = OsloMessages.newId();
            assertThat(h).matches("[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}");
            seen.add(h);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void recentIdsKeepTheLastSixteen() {
        UniqueIdCache ids = new UniqueIdCache();
        assertThat(ids.seenBefore("a")).isFalse();
        assertThat(ids.seenBefore("a")).isTrue();
        for (int i = 0; i < 16; i++) {
            ids.seenBefore("x" + i);
        }
        assertThat(ids.seenBefore("a")).isFalse();
        assertThat(ids.seenBefore(null)).isFalse();
    }
}
