package org.jnova.api.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The two time formats the API shows: {@code utils.isotime} and jsonutils' datetime primitive. */
final class ApiTimes {
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PRIMITIVE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private ApiTimes() {
    }

    /** {@code 2012-08-20T21:11:09Z} (server created/updated). */
    static String isotime(Object t) {
        Instant i = toInstant(t);
        return i == null ? null : ISO_SECONDS.format(i);
    }

    /** {@code 2012-08-20T21:11:09.000000} (launched_at, action times, service updated_at). */
    static String primitive(Object t) {
        Instant i = toInstant(t);
        return i == null ? null : PRIMITIVE.format(i);
    }

    private static Instant toInstant(Object t) {
        if (t == null) {
            return null;
        }
        if (t instanceof Instant i) {
            return i;
        }
        throw new IllegalArgumentException("not a timestamp: " + t.getClass().getName());
    }
}
