package org.jnova.api.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validated tokens, each trusted for {@code token_cache_time} at most and never past its own expiry, as
 * keystonemiddleware's in-process cache. Bounded: when full, expired entries go first, then everything.
 */
final class TokenCache {
    static final int MAX_ENTRIES = 10_000;

    private record Entry(ValidatedToken token, Instant until) {
    }

    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    TokenCache(Duration ttl) {
        this.ttl = ttl;
    }

    ValidatedToken get(String token, Instant now) {
        Entry e = entries.get(token);
        if (e == null) {
            return null;
        }
        if (!e.until().isAfter(now)) {
            entries.remove(token, e);
            return null;
        }
        return e.token();
    }

    void put(String token, ValidatedToken validated, Instant now) {
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.until().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        Instant until = now.plus(ttl);
        entries.put(token, new Entry(validated, until.isBefore(validated.expiresAt()) ? until : validated.expiresAt()));
    }

    int size() {
        return entries.size();
    }
}
